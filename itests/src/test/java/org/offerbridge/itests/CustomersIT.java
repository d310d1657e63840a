package org.offerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.offerbridge.customers.api.Customer;
import org.offerbridge.customers.api.CustomerDirectory;
import org.offerbridge.platform.api.NoTenantBoundException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantAdministration;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.rest.ProblemException;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The customers capability on the real distribution: CRUD, search by name, phone and email, notes, owner
 * validation, bad input written nowhere, another tenant's cards always 404 and never listed, and the
 * CustomerDirectory service other capabilities use.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomersIT extends OfferbridgeTestSupport {

    @Inject
    CustomerDirectory directory;

    @Inject
    RequestContext context;

    @Inject
    TenantAdministration admin;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() {
        awaitApi();
    }

    @Test
    public void createReadUpdateDelete() {
        Workspace a = register("Crud Traders", "business");
        Answer created = call("POST", "/customers", a.apiKey(), json(
                "name", "  Sharma   Electricals ", "company", "Sharma Electricals Pvt Ltd", "contactPerson", "Ravi Sharma",
                "emails", List.of("Ravi@Sharma.example", "accounts@sharma.example"),
                "phones", List.of("+91 98765-43210"),
                "handles", List.of(Map.of("channel", "WhatsApp", "handle", "+91 90000 22222"),
                        Map.of("channel", "telegram", "handle", "@ravi_s")),
                "language", "hi-in"));
        assertEquals(created.body(), 201, created.status());
        JsonNode c = created.json();
        String id = c.get("id").asText();
        assertTrue(created.header("Location"), created.header("Location").endsWith("/api/v1/customers/" + id));
        assertEquals("Sharma Electricals", c.get("name").asText());
        assertEquals("ravi@sharma.example", c.get("emails").get(0).asText());
        assertEquals(2, c.get("emails").size());
        assertEquals("+91 98765-43210", c.get("phones").get(0).asText());
        assertEquals("whatsapp", c.get("handles").get(0).get("channel").asText());
        assertEquals("@ravi_s", c.get("handles").get(1).get("handle").asText());
        assertNotNull(c.get("createdAt").asText());
        assertEquals("hi-IN", c.get("language").asText());

        JsonNode read = get("/customers/" + id, a.apiKey()).json();
        assertEquals(c, read);

        // PATCH: absent fields stay, a list replaces the list, "" clears a text
        Answer patched = call("PATCH", "/customers/" + id, a.apiKey(), json("phones", List.of("022 2345 6789"), "contactPerson", ""));
        assertEquals(patched.body(), 200, patched.status());
        JsonNode p = patched.json();
        assertEquals("Sharma Electricals", p.get("name").asText());
        assertEquals("Sharma Electricals Pvt Ltd", p.get("company").asText());
        assertFalse(p.hasNonNull("contactPerson"));
        assertEquals(1, p.get("phones").size());
        assertEquals("022 2345 6789", p.get("phones").get(0).asText());
        assertEquals(2, p.get("emails").size());
        assertEquals(2, p.get("handles").size());
        assertEquals("an absent language stays", "hi-IN", p.get("language").asText());
        assertFalse(call("PATCH", "/customers/" + id, a.apiKey(), json("language", "")).json().hasNonNull("language"));
        assertProblem(call("PATCH", "/customers/" + id, a.apiKey(), json("language", "Hindi please")), 400, "language");
        // an explicit null clears like "" (a text) or [] (a list); absent still leaves a field alone
        Answer nulled = call("PATCH", "/customers/" + id, a.apiKey(), "{\"company\":null,\"handles\":null}");
        assertEquals(nulled.body(), 200, nulled.status());
        assertFalse(nulled.json().hasNonNull("company"));
        assertEquals(0, nulled.json().get("handles").size());
        assertEquals(2, nulled.json().get("emails").size());
        assertProblem(call("PATCH", "/customers/" + id, a.apiKey(), "{\"name\":null}"), 400, "name");
        assertProblem(call("PATCH", "/customers/" + id, a.apiKey(), json("company", "Nul\u0000Co")), 400, "company");
        p = get("/customers/" + id, a.apiKey()).json();
        assertEquals(p, get("/customers/" + id, a.apiKey()).json());
        assertEquals("the old phone is no longer found", 0, search(a, "98765-43210").size());

        Answer deleted = call("DELETE", "/customers/" + id, a.apiKey(), null);
        assertEquals(deleted.body(), 204, deleted.status());
        assertProblem(get("/customers/" + id, a.apiKey()), 404, null);
        assertProblem(call("DELETE", "/customers/" + id, a.apiKey(), null), 404, null);
        assertEquals(0, search(a, null).size());
    }

    @Test
    public void viewersReadAndSalesWrite() {
        Workspace a = register("Role Check", "business");
        String id = create(a, "Read Me Ltd");
        String viewer = apiKey(a, "viewer");
        String sales = apiKey(a, "sales");
        assertEquals(200, get("/customers", viewer).status());
        assertEquals(200, get("/customers/" + id, viewer).status());
        assertEquals(200, get("/customers/" + id + "/notes", viewer).status());
        assertProblem(call("POST", "/customers", viewer, json("name", "Nope")), 403, null);
        assertProblem(call("PATCH", "/customers/" + id, viewer, json("name", "Nope")), 403, null);
        assertProblem(call("DELETE", "/customers/" + id, viewer, null), 403, null);
        assertProblem(call("POST", "/customers/" + id + "/notes", viewer, json("text", "nope")), 403, null);
        assertEquals(1, search(a, null).size());
        assertEquals("Read Me Ltd", get("/customers/" + id, a.apiKey()).json().get("name").asText());

        assertEquals(201, call("POST", "/customers", sales, json("name", "Sales Made")).status());
        assertEquals(200, call("PATCH", "/customers/" + id, sales, json("company", "Read Me Holdings")).status());
        assertEquals(201, call("POST", "/customers/" + id + "/notes", sales, json("text", "met at the fair")).status());
        assertProblem(get("/customers", null), 401, null);
    }

    @Test
    public void searchFindsNameCompanyContactPhoneEmailAndHandle() {
        Workspace a = register("Search Traders", "business");
        String sharma = create(a, json("name", "Sharma Electricals", "company", "SE Group", "contactPerson", "Ravi Kumar",
                "phones", List.of("919876543210"), "emails", List.of("ravi@sharma.example")));
        String gupta = create(a, json("name", "Gupta Hardware", "company", "Gupta & Sons", "contactPerson", "Anita Gupta",
                "phones", List.of("+44 20 7946 0958"), "emails", List.of("Buy@Gupta.example"),
                "handles", List.of(Map.of("channel", "telegram", "handle", "@AnitaBuys"),
                        Map.of("channel", "whatsapp", "handle", "+91 91234 56789"))));
        String other = create(a, json("name", "100% Cotton_Tape Co"));

        assertEquals(List.of(sharma), search(a, "sharma"));
        assertEquals("case-insensitive", List.of(sharma), search(a, "ELECTRICALS"));
        assertEquals("company", List.of(gupta), search(a, "& sons"));
        assertEquals("contact person", List.of(sharma), search(a, "ravi kumar"));
        assertEquals("phone with spaces and dashes", List.of(sharma), search(a, "+91 98765-43210"));
        assertEquals("phone without country code", List.of(sharma), search(a, "98765 43210"));
        assertEquals("another phone format", List.of(gupta), search(a, "020 7946 0958"));
        assertEquals("whatsapp handle by its digits", List.of(gupta), search(a, "91234-56789"));
        assertEquals("email, case-insensitively", List.of(gupta), search(a, "buy@GUPTA.example"));
        assertEquals("email part", List.of(sharma), search(a, "@sharma.example"));
        assertEquals("telegram handle", List.of(gupta), search(a, "anitabuys"));
        assertEquals("LIKE wildcards are literal", List.of(other), search(a, "100%"));
        assertEquals(List.of(other), search(a, "n_t"));
        assertEquals(0, search(a, "nobody at all").size());
        assertEquals("no query lists all, by name", List.of(other, gupta, sharma), search(a, ""));

        // keyset pages: one card per page, every card once, in name order
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/customers?limit=1" + (cursor == null ? "" : "&cursor=" + cursor), a.apiKey()).json();
            assertEquals(1, page.get("items").size());
            seen.add(page.get("items").get(0).get("id").asText());
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null && seen.size() < 10);
        assertEquals(List.of(other, gupta, sharma), seen);

        JsonNode filtered = get("/customers?limit=1&q=" + enc("a"), a.apiKey()).json();
        assertEquals(1, filtered.get("items").size());
        assertNotNull("a search has pages too", filtered.get("nextCursor"));
    }

    @Test
    public void notesAreListedNewestFirstWithTheirAuthor() {
        Workspace a = register("Notes Inc", "business");
        String id = create(a, "Talkative Customer");
        assertEquals(0, get("/customers/" + id + "/notes", a.apiKey()).json().get("items").size());
        Answer first = call("POST", "/customers/" + id + "/notes", a.apiKey(), json("text", "  Called about M8 bolts  "));
        assertEquals(first.body(), 201, first.status());
        assertEquals("Called about M8 bolts", first.json().get("text").asText());
        String keyId = get("/auth/me", a.apiKey()).json().get("apiKeyId").asText();
        assertEquals("apikey:" + keyId, first.json().get("author").asText());
        assertNotNull(first.json().get("createdAt").asText());
        String token = login(a);
        String userId = get("/auth/me", token).json().get("userId").asText();
        assertEquals(201, call("POST", "/customers/" + id + "/notes", token, json("text", "Sent the quote")).status());

        JsonNode notes = get("/customers/" + id + "/notes", a.apiKey()).json().get("items");
        assertEquals(2, notes.size());
        assertEquals("Sent the quote", notes.get(0).get("text").asText());
        assertEquals("user:" + userId, notes.get(0).get("author").asText());
        assertEquals("Called about M8 bolts", notes.get(1).get("text").asText());

        JsonNode page1 = get("/customers/" + id + "/notes?limit=1", a.apiKey()).json();
        assertEquals("Sent the quote", page1.get("items").get(0).get("text").asText());
        JsonNode page2 = get("/customers/" + id + "/notes?limit=1&cursor=" + page1.get("nextCursor").asText(), a.apiKey()).json();
        assertEquals("Called about M8 bolts", page2.get("items").get(0).get("text").asText());
        assertNull(page2.get("nextCursor"));

        assertProblem(call("POST", "/customers/" + id + "/notes", a.apiKey(), json("text", "   ")), 400, "text");
        assertProblem(call("POST", "/customers/" + id + "/notes", a.apiKey(), json("text", "n".repeat(4001))), 400, "text");
        assertProblem(call("POST", "/customers/" + id + "/notes", a.apiKey(), json("txt", "typo")), 400, "txt");
        assertProblem(call("POST", "/customers/no-such-id/notes", a.apiKey(), json("text", "lost")), 404, null);
        assertProblem(get("/customers/no-such-id/notes", a.apiKey()), 404, null);
        assertEquals("rejected notes are not written", 2, get("/customers/" + id + "/notes", a.apiKey()).json().get("items").size());

        // deleting the card deletes its notes: a new card never inherits them
        assertEquals(204, call("DELETE", "/customers/" + id, a.apiKey(), null).status());
        assertProblem(get("/customers/" + id + "/notes", a.apiKey()), 404, null);
    }

    @Test
    public void ownerMustBeAnActiveStaffMemberOfTheSameWorkspace() {
        Workspace a = register("Owner Check A", "business");
        Workspace b = register("Owner Check B", "business");
        String aOwner = get("/auth/me", login(a)).json().get("userId").asText();
        String bOwner = get("/auth/me", login(b)).json().get("userId").asText();

        Answer ok = call("POST", "/customers", a.apiKey(), json("name", "Owned", "ownerId", aOwner));
        assertEquals(ok.body(), 201, ok.status());
        assertEquals(aOwner, ok.json().get("ownerId").asText());
        String id = ok.json().get("id").asText();

        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "Unknown owner", "ownerId", "no-such-user")), 400, "ownerId");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "Foreign owner", "ownerId", bOwner)), 400, "ownerId");
        assertProblem(call("PATCH", "/customers/" + id, a.apiKey(), json("name", "Renamed", "ownerId", bOwner)), 400, "ownerId");
        assertEquals("nothing written by rejected requests", 1, search(a, null).size());
        JsonNode still = get("/customers/" + id, a.apiKey()).json();
        assertEquals("Owned", still.get("name").asText());
        assertEquals(aOwner, still.get("ownerId").asText());

        Answer cleared = call("PATCH", "/customers/" + id, a.apiKey(), json("ownerId", ""));
        assertEquals(cleared.body(), 200, cleared.status());
        assertFalse(cleared.json().hasNonNull("ownerId"));
    }

    @Test
    public void badInputIsA400NamingTheFieldAndWritesNothing() {
        Workspace a = register("Careful Customers", "business");
        assertProblem(call("POST", "/customers", a.apiKey(), json("company", "No name")), 400, "name");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "   ")), 400, "name");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "x".repeat(201))), 400, "name");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "X", "emails", List.of("ok@x.example", "not-an-email"))), 400, "emails[1]");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "X", "phones", List.of("call me maybe"))), 400, "phones[0]");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "X", "handles", List.of(Map.of("channel", "what's app", "handle", "x")))),
                400, "handles[0].channel");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "X", "handles", List.of(Map.of("channel", "telegram")))),
                400, "handles[0].handle");
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("p" + i + "@x.example");
        }
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "X", "emails", eleven)), 400, "emails");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "X", "emails", "one@x.example")), 400, "emails");
        assertProblem(call("POST", "/customers", a.apiKey(), json("name", "X", "nickname", "surprise")), 400, "nickname");
        assertProblem(call("POST", "/customers", a.apiKey(), "{\"name\": "), 400, "body");
        assertProblem(call("POST", "/customers", a.apiKey(), ""), 400, "body");
        assertEquals("no rejected card was written", 0, search(a, null).size());

        String id = create(a, json("name", "Stable", "emails", List.of("stable@x.example")));
        JsonNode before = get("/customers/" + id, a.apiKey()).json();
        assertProblem(call("PATCH", "/customers/" + id, a.apiKey(), json("name", "")), 400, "name");
        assertProblem(call("PATCH", "/customers/" + id, a.apiKey(), json("company", "New Co", "emails", List.of("bad"))), 400, "emails[0]");
        assertProblem(call("PATCH", "/customers/" + id, a.apiKey(), json("phones", List.of("12"))), 400, "phones[0]");
        assertEquals("a rejected change is not half-applied", before, get("/customers/" + id, a.apiKey()).json());

        assertProblem(get("/customers?limit=0", a.apiKey()), 400, "limit");
        assertProblem(get("/customers?limit=201", a.apiKey()), 400, "limit");
        assertProblem(get("/customers?q=" + "q".repeat(201), a.apiKey()), 400, "q");
        assertProblem(get("/customers?cursor=" + enc("!!not base64!!"), a.apiKey()), 400, "cursor");
        assertProblem(get("/customers?cursor=bm9uZXdsaW5l", a.apiKey()), 400, "cursor"); // "nonewline"
    }

    @Test
    public void anotherTenantsCustomersAreAlways404AndNeverListed() {
        Workspace a = register("Isolated A", "business");
        Workspace b = register("Isolated B", "business");
        String id = create(a, json("name", "Secret Buyer", "company", "Hidden Co", "emails", List.of("secret@buyer.example"),
                "phones", List.of("+91 99887 76655"), "handles", List.of(Map.of("channel", "instagram", "handle", "secretbuyer"))));
        assertEquals(201, call("POST", "/customers/" + id + "/notes", a.apiKey(), json("text", "A's note")).status());
        JsonNode before = get("/customers/" + id, a.apiKey()).json();

        assertProblem(get("/customers/" + id, b.apiKey()), 404, null);
        assertProblem(call("PATCH", "/customers/" + id, b.apiKey(), json("name", "Stolen")), 404, null);
        assertProblem(call("DELETE", "/customers/" + id, b.apiKey(), null), 404, null);
        assertProblem(get("/customers/" + id + "/notes", b.apiKey()), 404, null);
        assertProblem(call("POST", "/customers/" + id + "/notes", b.apiKey(), json("text", "B's note")), 404, null);
        // the answer for another tenant's card is the answer for no card at all
        assertEquals(get("/customers/does-not-exist", b.apiKey()).json().get("title"), get("/customers/" + id, b.apiKey()).json().get("title"));

        assertEquals(0, search(b, null).size());
        for (String q : new String[] {"secret", "Hidden", "secret@buyer.example", "99887 76655", "+91 99887-76655", "secretbuyer"}) {
            assertEquals("B must not find A's card by " + q, 0, search(b, q).size());
            assertEquals("A finds its own card by " + q, List.of(id), search(a, q));
        }
        String bCard = create(b, json("name", "Secret Buyer", "emails", List.of("secret@buyer.example")));
        assertEquals("each tenant sees only its own card", List.of(bCard), search(b, "secret"));
        assertEquals(List.of(id), search(a, "secret"));

        assertEquals("B's attempts changed nothing", before, get("/customers/" + id, a.apiKey()).json());
        JsonNode notes = get("/customers/" + id + "/notes", a.apiKey()).json().get("items");
        assertEquals(1, notes.size());
        assertEquals("A's note", notes.get(0).get("text").asText());
    }

    @Test
    public void planWithoutCustomersAnswers402() {
        Workspace a = register("No Customers Plan", "business");
        assertEquals(200, get("/customers", a.apiKey()).status());
        assertTrue(get("/openapi.json", null).body().contains("/customers/{id}/notes"));
        admin.changePlan(a.tenantId(), "bare");
        Answer denied = get("/customers", a.apiKey());
        assertProblem(denied, 402, null);
        assertTrue(denied.body(), denied.json().get("detail").asText().contains("customers"));
    }

    @Test
    public void directoryMatchesByEmailThenPhoneAndStaysInTheBoundTenant() {
        Workspace a = register("Intake A", "business");
        Workspace b = register("Intake B", "business");

        Customer created = as(a, () -> directory.findOrCreateByContact("Meera Iyer", "Meera@Iyer.example", "+91 90000 11111"));
        assertEquals("Meera Iyer", created.name());
        assertEquals(List.of("meera@iyer.example"), created.emails());
        assertEquals(List.of("+91 90000 11111"), created.phones());

        assertEquals("same email, other case", created.id(),
                as(a, () -> directory.findOrCreateByContact(null, "MEERA@iyer.example", null)).id());
        assertEquals("same phone, other spelling, no country code", created.id(),
                as(a, () -> directory.findOrCreateByContact("Someone", null, "090000-11111")).id());
        Customer byEmailOnly = as(a, () -> directory.findOrCreateByContact(null, "new@person.example", null));
        assertNotEquals(created.id(), byEmailOnly.id());
        assertEquals("the email names a card without a name", "new@person.example", byEmailOnly.name());

        assertEquals(created.id(), as(a, () -> directory.get(created.id())).orElseThrow().id());
        assertEquals(1, as(a, () -> directory.search("90000 11111", 10)).size());
        assertEquals(2, as(a, () -> directory.search(null, 10)).size());

        // tenant B neither sees nor matches A's card: the same contact makes B its own card
        assertTrue(as(b, () -> directory.get(created.id())).isEmpty());
        assertEquals(0, as(b, () -> directory.search("meera", 10)).size());
        Customer inB = as(b, () -> directory.findOrCreateByContact("Meera Iyer", "meera@iyer.example", null));
        assertNotEquals(created.id(), inB.id());
        assertEquals(List.of(inB.id()), search(b, "meera"));
        assertEquals(List.of(created.id()), search(a, "meera"));

        try {
            as(a, () -> directory.findOrCreateByContact("Nobody", null, " "));
            fail("an email or a phone is required");
        } catch (ProblemException expected) {
            assertEquals(400, expected.status());
        }
        try {
            directory.search("meera", 10);
            fail("no tenant bound must fail closed");
        } catch (NoTenantBoundException expected) {
            // fails before touching the database
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private <T> T as(Workspace w, Supplier<T> work) {
        return context.runAs(new TenantPrincipal(w.tenantId(), null, "itest", Role.ADMIN, "business"), work);
    }

    /** Creates a card from a JSON body, or from just a name, and returns its id. */
    private String create(Workspace w, String nameOrBody) {
        String body = nameOrBody.startsWith("{") ? nameOrBody : json("name", nameOrBody);
        Answer r = call("POST", "/customers", w.apiKey(), body);
        assertEquals(r.body(), 201, r.status());
        return r.json().get("id").asText();
    }

    /** Ids of every card {@code q} finds for the workspace, following cursors. */
    private List<String> search(Workspace w, String q) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/customers?limit=200" + (q == null ? "" : "&q=" + enc(q)) + (cursor == null ? "" : "&cursor=" + cursor);
            Answer r = get(path, w.apiKey());
            assertEquals(r.body(), 200, r.status());
            r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
            cursor = r.json().hasNonNull("nextCursor") ? r.json().get("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private String apiKey(Workspace w, String role) {
        Answer r = call("POST", "/api-keys", w.apiKey(), json("name", role + " key", "role", role));
        assertEquals(r.body(), 201, r.status());
        return r.json().get("key").asText();
    }

    private String login(Workspace w) {
        Answer r = call("POST", "/auth/login", null, json("email", w.email(), "password", w.password()));
        assertEquals(r.body(), 200, r.status());
        return r.json().get("token").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A JSON object from alternating names and values. */
    private static String json(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
