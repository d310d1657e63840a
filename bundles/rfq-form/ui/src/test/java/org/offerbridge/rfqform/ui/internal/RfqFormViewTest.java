package org.offerbridge.rfqform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.admin.StaffAdministration.StaffUser;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.rfqform.api.FormSettings;
import org.offerbridge.rfqform.api.FormSettingsChange;
import org.offerbridge.rfqform.api.RfqForms;

import com.vaadin.ui.AbstractComponent;

class RfqFormViewTest {
    private static final String URL = "https://offers.example/rfq/tok123";

    /** Keeps the changes it is given; refuses one with the 400 it is told to, as the service does. */
    static final class FakeForms implements RfqForms {
        final List<FormSettingsChange> changes = new ArrayList<>();
        FormSettings current = RfqFormViewTest.settings(false, List.of(), null, List.of("name", "email"), List.of("en", "de", "fr", "es", "ru", "uk", "hi"));
        ProblemException refusal;
        boolean boundWhenCalled = true;
        FakeSession session;

        @Override
        public FormSettings settings() {
            check();
            return current;
        }

        @Override
        public FormSettings update(FormSettingsChange change) {
            check();
            if (refusal != null) {
                throw refusal;
            }
            changes.add(change);
            current = RfqFormViewTest.settings(change.enabled(), change.recipients(), Boolean.TRUE.equals(change.allProducts()) ? null : change.products(),
                    change.requiredFields(), change.languages());
            return current;
        }

        private void check() {
            if (session != null && !session.bound) {
                boundWhenCalled = false;
            }
        }
    }

    static FormSettings settings(boolean enabled, List<String> recipients, List<String> products, List<String> required, List<String> languages) {
        return new FormSettings(enabled, true, recipients, "Ask us", null, 30, products, required, null, languages, URL,
                "<script src=\"" + URL + "/embed.js\"></script>", "<a href=\"" + URL + "\">Ask us</a>",
                "<iframe src=\"" + URL + "\"></iframe>", "ch1");
    }

    private static RfqFormView view(FakeForms forms, FakeSession session) {
        forms.session = session;
        return new RfqFormView(session, forms, () -> List.of(
                new StaffUser("u1", "ana@seller.example", "Ana", Role.ADMIN, true, Instant.EPOCH, null),
                new StaffUser("u2", "gone@seller.example", "Gone", Role.SALES, false, Instant.EPOCH, null)));
    }

    @Test
    void showsTheSettingsAndTheSnippetsToCopy() {
        FakeForms forms = new FakeForms();
        RfqFormView v = view(forms, new FakeSession(Role.ADMIN));
        assertFalse(v.enabled.getValue());
        assertEquals("30", v.retentionDays.getValue());
        assertEquals(RfqFormView.ALL, v.productsMode.getValue());
        assertFalse(v.products.isVisible());
        assertEquals(URL, v.formUrl.getValue());
        assertTrue(v.embedSnippet.getValue().contains("<script"));
        assertTrue(v.iframeSnippet.getValue().contains("<iframe"));
        assertEquals(URL + "?sku=SKU", v.productLink.getValue());
        assertFalse(v.openForm.isEnabled(), "a switched-off form answers 404: nothing to open");
        assertNotNull(Components.find(v, "rfq-embed-copy"));
        assertTrue(forms.boundWhenCalled);
    }

    @Test
    void savesEveryFieldAsOneChangeAndShowsWhatWasKept() {
        FakeForms forms = new FakeForms();
        FakeSession session = new FakeSession(Role.ADMIN);
        RfqFormView v = view(forms, session);
        v.enabled.setValue(true);
        v.recipients.setValue("a@x.example\n\n b@x.example ");
        v.recipientUsers.select(offered(v).get(0));
        v.retentionDays.setValue("90");
        v.productsMode.setValue(RfqFormView.CHOSEN);
        v.products.setValue("CH-100\nTB-7 ");
        v.requiredFields.setValue(Set.of("phone", "name"));
        v.languages.setValue(Set.of("en", "fr", "de"));
        v.defaultLanguage.setValue("fr");
        v.save.click();

        assertEquals(1, forms.changes.size());
        FormSettingsChange c = forms.changes.get(0);
        assertEquals(true, c.enabled());
        assertEquals(List.of("u1", "a@x.example", "b@x.example"), c.recipients(), "the chosen user's id, then the addresses");
        assertEquals(90, c.retentionDays());
        assertEquals(false, c.allProducts());
        assertEquals(List.of("CH-100", "TB-7"), c.products());
        assertEquals(List.of("name", "phone"), c.requiredFields());
        assertEquals(List.of("fr", "en", "de"), c.languages());
        assertEquals(List.of("Form settings saved."), session.successes);
        assertTrue(v.openForm.isEnabled());
        assertEquals(URL + "?sku=CH-100", v.productLink.getValue());
        assertTrue(forms.boundWhenCalled);
    }

    private static List<StaffUser> offered(RfqFormView v) {
        return v.recipientUsers.getDataProvider().fetch(new com.vaadin.data.provider.Query<>()).toList();
    }

    @Test
    void theUsersListOffersActiveUsersByNameAndEmailAndShowsTheChosenOnesApartFromAddresses() {
        FakeForms forms = new FakeForms();
        forms.current = settings(true, List.of("u1", "desk@x.example", "u2", "u-removed"), null, List.of("name", "email"), List.of("en"));
        FakeSession session = new FakeSession(Role.ADMIN);
        RfqFormView v = view(forms, session);
        assertEquals(List.of("u1"), offered(v).stream().map(StaffUser::id).toList(), "deactivated users are not offered");
        assertEquals("Ana <ana@seller.example>", v.recipientUsers.getItemCaptionGenerator().apply(offered(v).get(0)));
        assertEquals(Set.of("u1"), v.recipientUsers.getValue().stream().map(StaffUser::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals("desk@x.example", v.recipients.getValue(), "the text area shows the addresses only");

        v.save.click();
        assertEquals(List.of("u1", "u2", "desk@x.example"), forms.changes.get(0).recipients(),
                "a deactivated user stays chosen, a removed one is dropped, the addresses follow");

        v.recipientUsers.deselectAll();
        v.recipients.setValue("");
        v.save.click();
        assertEquals(List.of("u2"), forms.changes.get(1).recipients());
    }

    @Test
    void aProblemWithAUserEntryShowsOnTheUsersListAndOneWithAnAddressOnTheAddresses() {
        FakeForms forms = new FakeForms();
        FakeSession session = new FakeSession(Role.ADMIN);
        RfqFormView v = view(forms, session);
        v.recipientUsers.select(offered(v).get(0));
        v.recipients.setValue("a@x.example");
        forms.refusal = ProblemException.invalid("recipients[0]", "recipients[0] is neither an email address nor a user of this workspace");
        v.save.click();
        assertNotNull(v.recipientUsers.getComponentError());
        assertNull(v.recipients.getComponentError());
        forms.refusal = ProblemException.invalid("recipients[1]", "recipients[1] is not an email address");
        v.save.click();
        assertNull(v.recipientUsers.getComponentError());
        assertNotNull(v.recipients.getComponentError());
        assertTrue(session.errors.isEmpty(), "shown on the fields, not as a notification: " + session.errors);
    }

    @Test
    void theServices400ShowsOnTheFieldItNames() {
        FakeForms forms = new FakeForms();
        FakeSession session = new FakeSession(Role.ADMIN);
        RfqFormView v = view(forms, session);
        forms.refusal = ProblemException.invalid("recipients[1]", "recipients[1] must be an email address");
        v.recipients.setValue("a@x.example\nnot-an-address");
        v.save.click();
        assertNotNull(((AbstractComponent) v.recipients).getComponentError());
        assertTrue(session.successes.isEmpty());
        assertTrue(session.errors.isEmpty(), "shown on the field, not as a notification: " + session.errors);

        forms.refusal = ProblemException.invalid("retentionDays", "retentionDays must be between 1 and 365");
        v.retentionDays.setValue("400");
        v.save.click();
        assertNull(v.recipients.getComponentError(), "the earlier error is cleared");
        assertNotNull(v.retentionDays.getComponentError());
    }

    @Test
    void aRetentionThatIsNoNumberIsMarkedWithoutCallingTheService() {
        FakeForms forms = new FakeForms();
        RfqFormView v = view(forms, new FakeSession(Role.ADMIN));
        v.retentionDays.setValue("thirty");
        v.save.click();
        assertTrue(forms.changes.isEmpty());
        assertNotNull(v.retentionDays.getComponentError());
    }

    @Test
    void onlyActiveUsersAreOffered() {
        RfqFormView v = view(new FakeForms(), new FakeSession(Role.ADMIN));
        assertEquals(1, offered(v).size());
    }

    @Test
    void theViewIsForAdminsOfPlansWithTheCapability() {
        RfqFormViewContribution c = new RfqFormViewContribution(new FakeForms(), null);
        assertEquals(Role.ADMIN, c.minimumRole());
        assertEquals("rfq-form", c.capability());
        assertEquals("Request-for-quote form", c.caption(java.util.Locale.ENGLISH));
        assertEquals("Formulaire de demande de devis", c.caption(java.util.Locale.FRENCH));
    }

    @Test
    void linesDropBlanksAndRepeats() {
        assertEquals(List.of("a", "b"), RfqFormView.lines(" a \n\nb\r\na,"));
        assertEquals(List.of(), RfqFormView.lines(null));
    }
}
