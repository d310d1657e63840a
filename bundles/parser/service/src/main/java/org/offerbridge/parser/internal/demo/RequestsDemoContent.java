package org.offerbridge.parser.internal.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.onboarding.DemoContent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Three example requests for the demo workspace, in English, German and Hindi, received through the inbox as a
 * channel would deliver them: stored, parsed against the demo catalog into proposals and linked to the senders' cards.
 */
@Component(service = DemoContent.class)
public class RequestsDemoContent implements DemoContent {
    static final List<RequestInbox.Inbound> MESSAGES = List.of(
            new RequestInbox.Inbound("email", new IntakeRequest.Sender("Ravi Sharma", "ravi@sharma-traders.example", null),
                    "Hello, please quote 200 hex bolts M8x40, 200 hex nuts M8, 400 washers M8 and 10 rolls of blue tape. "
                            + "Delivery to our Pune warehouse. Thanks, Ravi", null),
            new RequestInbox.Inbound("email", new IntakeRequest.Sender("Anna Bauer", "einkauf@bauer-anlagenbau.example", null),
                    "Guten Tag, wir brauchen 50 m PVC-Rohr 20 mm, 6 Kugelhähne 1/2 und 2 Winkelschleifer. Bitte um Ihr Angebot. "
                            + "Mit freundlichen Grüßen, Anna Bauer", null),
            new RequestInbox.Inbound("whatsapp", new IntakeRequest.Sender("Meera Patel", null, "+91 99887 76655"),
                    "नमस्ते, 20 हेलमेट और 5 डिब्बे दस्ताने भेज दीजिए। 100 मीटर तार लाल भी चाहिए।", null));

    private final RequestInbox inbox;

    @Activate
    public RequestsDemoContent(@Reference RequestInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String id() {
        return "requests";
    }

    @Override
    public int order() {
        return REQUESTS;
    }

    @Override
    public void seed(String tenantId) {
        Set<String> present = new HashSet<>();
        inbox.list(RequestInbox.Filter.ALL, null, 200).forEach(r -> present.add(r.text()));
        for (RequestInbox.Inbound request : MESSAGES) {
            if (!present.contains(request.text())) {
                inbox.receive(request);
            }
        }
    }
}
