package org.offerbridge.rfqform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.offerbridge.parser.api.RequestInbox;

class RfqWaitingFigureTest {

    @Test
    void countsTheWebformsProposedAndFailedRequestsInTheInbox() {
        List<RequestInbox.Filter> asked = new ArrayList<>();
        RequestInbox inbox = (RequestInbox) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RequestInbox.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("count") && args[0] instanceof RequestInbox.Filter f) {
                        asked.add(f);
                        return "proposed".equals(f.status()) ? 3L : "failed".equals(f.status()) ? 2L : 100L;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        RfqWaitingFigure figure = new RfqWaitingFigure(inbox);
        assertEquals(5, figure.count());
        assertEquals(List.of(new RequestInbox.Filter("proposed", "webform", null), new RequestInbox.Filter("failed", "webform", null)),
                asked);
        assertEquals("rfq-form", figure.capability());
        assertEquals("Demandes du formulaire web à vérifier", figure.caption(Locale.FRENCH));
    }
}
