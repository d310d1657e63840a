package org.offerbridge.parser.ui.internal;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.ui.api.CountFigure;
import org.offerbridge.ui.api.DashboardFigure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Requests waiting for staff on the dashboard: proposed ones to check, failed ones to handle. */
@Component(service = DashboardFigure.class)
public class RequestsWaitingFigure extends CountFigure {
    private final RequestInbox inbox;

    @Activate
    public RequestsWaitingFigure(@Reference RequestInbox inbox) {
        super("requests-waiting", RequestsViewContribution.CAPABILITY, "figure.waiting", 250);
        this.inbox = inbox;
    }

    @Override
    protected long count() {
        return inbox.count(IntakeRequest.PROPOSED) + inbox.count(IntakeRequest.FAILED);
    }
}
