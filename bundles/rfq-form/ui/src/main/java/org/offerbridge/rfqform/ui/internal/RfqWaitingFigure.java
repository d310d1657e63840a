package org.offerbridge.rfqform.ui.internal;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.ui.api.CountFigure;
import org.offerbridge.ui.api.DashboardFigure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The dashboard's count of request-for-quote form submissions waiting for staff: requests of the {@code webform}
 * channel that are proposed (to check and confirm) or failed (to handle), counted by the inbox's channel filter.
 */
@Component(service = DashboardFigure.class)
public class RfqWaitingFigure extends CountFigure {
    static final String WEBFORM = "webform";

    private final RequestInbox inbox;

    @Activate
    public RfqWaitingFigure(@Reference RequestInbox inbox) {
        // just after the parser's "requests waiting" (250)
        super("rfq-waiting", RfqFormViewContribution.CAPABILITY, "figure.rfqWaiting", 260);
        this.inbox = inbox;
    }

    @Override
    protected long count() {
        return inbox.count(new RequestInbox.Filter(IntakeRequest.PROPOSED, WEBFORM, null))
                + inbox.count(new RequestInbox.Filter(IntakeRequest.FAILED, WEBFORM, null));
    }
}
