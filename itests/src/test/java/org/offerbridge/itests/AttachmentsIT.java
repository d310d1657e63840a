package org.offerbridge.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Attachments on the real distribution: an email with a PDF listing three catalog items is stored with its file (typed
 * by its bytes, not its name), the PDF's text reaches the parser so the request proposes those items, the file
 * downloads to its workspace's staff only with the safe headers, and a file above the configured limit is recorded as
 * too large while its message is kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AttachmentsIT extends OfferbridgeTestSupport {
    private static final String REPLAY_PORT_PROPERTY = "offerbridge.test.media.port";
    /** Chosen in the test driver and handed to the container, where the replay server listens on it. */
    private static final String REPLAY_PORT = System.getProperty(REPLAY_PORT_PROPERTY, Integer.toString(freePort()));
    private static final String APP_SECRET = "wa-app-secret";
    private static GreenMail mail;
    private static MediaReplay meta;
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Configuration
    public Option[] config() {
        String base = "http://127.0.0.1:" + REPLAY_PORT;
        return baseOptions(
                mavenBundle("com.icegreen", "greenmail", System.getProperty("greenmail.version")),
                systemProperty(REPLAY_PORT_PROPERTY).value(REPLAY_PORT),
                // on a loaded machine the boot features can take longer than Pax Exam's 10 s wait for its probe invoker
                editConfigurationFilePut("etc/org.offerbridge.channels.meta.cfg", "graphBaseUrl", base + "/v25.0"),
                editConfigurationFilePut("etc/org.offerbridge.channels.telegram.cfg", "apiBaseUrl", base),
                editConfigurationFilePut("etc/org.offerbridge.platform.outbound.cfg", "allowedPrivateHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.offerbridge.platform.files.cfg", "maxFileBytes", "100000"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "pollIntervalMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.channels.cfg", "backoffMillis", "200"),
                editConfigurationFilePut("etc/org.offerbridge.channels.email.cfg", "pollSeconds", "1"));
    }

    @Before
    public void ready() throws IOException {
        awaitApi();
        await("the channels endpoints", () -> get("/channels", register("Probe", "business").apiKey()).status() == 200, 90);
        if (mail == null) {
            // GreenMail reads a multipart's structure (IMAP FETCH BODYSTRUCTURE) with jakarta.activation, which finds the
            // multipart handlers through the context class loader: its threads inherit the mail implementation's
            Thread t = Thread.currentThread();
            ClassLoader before = t.getContextClassLoader();
            t.setContextClassLoader(mailImplementation());
            try {
                mail = new GreenMail(new ServerSetup[] {new ServerSetup(freeLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                    new ServerSetup(freeLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
                mail.start();
            } finally {
                t.setContextClassLoader(before);
            }
        }
        if (meta == null) {
            meta = new MediaReplay(Integer.parseInt(REPLAY_PORT));
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class loader of Eclipse Angus Mail, whose META-INF/mailcap names the multipart handlers. */
    private static ClassLoader mailImplementation() {
        Bundle probe = FrameworkUtil.getBundle(AttachmentsIT.class);
        for (Bundle b : probe.getBundleContext().getBundles()) {
            if ("org.eclipse.angus.mail".equals(b.getSymbolicName())) {
                return b.adapt(BundleWiring.class).getClassLoader();
            }
        }
        throw new AssertionError("Angus Mail is not installed");
    }

    private static int freeLocalPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A PDF with one line of text per entry (Helvetica), its cross-reference table computed. */
    static byte[] pdf(List<String> lines) {
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 60 700 Td 16 TL\n");
        for (String l : lines) {
            content.append('(').append(l).append(") Tj T*\n");
        }
        content.append("ET\n");
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "endstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The smallest xlsx Excel writes: one sheet whose rows are the given texts (shared strings) in column A. */
    static byte[] xlsx(List<String> rows) throws IOException {
        String ns = "http://schemas.openxmlformats.org/";
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "spreadsheetml/2006/main\">");
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns
                + "spreadsheetml/2006/main\"><sheetData>");
        for (int i = 0; i < rows.size(); i++) {
            sst.append("<si><t>").append(rows.get(i)).append("</t></si>");
            sheet.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1).append("\" t=\"s\"><v>").append(i).append("</v></c></row>");
        }
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + ns + "package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\""
                + ns + "officeDocument/2006/relationships\"><sheets><sheet name=\"Items\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + ns + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        parts.put("xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String mailChannel(Workspace w) {
        String login = "sales" + UUID.randomUUID().toString().substring(0, 8);
        mail.setUser(login + "@shop.example", login, "pw-" + login);
        String settings = "{\"imapHost\":\"127.0.0.1\",\"imapPort\":" + mail.getImap().getPort() + ",\"imapSecurity\":\"none\",\"username\":\""
                + login + "\",\"password\":\"pw-" + login + "\",\"folder\":\"INBOX\",\"smtpHost\":\"127.0.0.1\",\"smtpPort\":"
                + mail.getSmtp().getPort() + ",\"smtpSecurity\":\"none\",\"fromAddress\":\"" + login + "@shop.example\"}";
        Answer created = call("POST", "/channels", w.apiKey(), "{\"kind\":\"email\",\"name\":\"Sales mailbox\",\"settings\":" + settings + "}");
        assertEquals(created.body(), 201, created.status());
        return login;
    }

    /**
     * Delivers a mail with {@code text} and one attached file, written as raw MIME and parsed: building the multipart with
     * jakarta.mail objects needs the mail implementation as the context class loader inside the container.
     */
    private static void deliver(String login, String text, String fileName, String type, byte[] file) throws Exception {
        String boundary = "b-" + UUID.randomUUID();
        String raw = "From: Ravi Sharma <ravi@sharma-traders.example>\r\nTo: " + login + "@shop.example\r\nSubject: Our list\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@sharma-traders.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n"
                + "--" + boundary + "\r\nContent-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(file) + "\r\n--" + boundary + "--\r\n";
        // GreenMail reads the parts when it stores the mail: with the mail implementation's handlers (see ready())
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(mailImplementation());
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
            mail.getUserManager().getUser(login).deliver(m);
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private JsonNode conversations(Workspace w) {
        return get("/conversations", w.apiKey()).json().get("items");
    }

    private JsonNode messages(Workspace w, String conversationId) {
        return get("/conversations/" + conversationId + "/messages", w.apiKey()).json().get("items");
    }

    /** The conversation's request once parsed (its proposal is only in the single view). */
    private JsonNode proposedRequest(Workspace w, String conversationId) {
        JsonNode[] items = new JsonNode[1];
        await("the parsed request", () -> {
            items[0] = get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items");
            return items[0].size() == 1 && !"received".equals(items[0].get(0).get("status").asText());
        }, 30);
        return get("/requests/" + items[0].get(0).get("id").asText(), w.apiKey()).json();
    }

    /** The raw bytes and headers of a GET (the support's client reads bodies as text). */
    static HttpResponse<byte[]> download(String path, String token) throws Exception {
        return RAW.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void aPdfListBecomesTheRequestsItemsAndDownloadsToItsWorkspaceOnly() throws Exception {
        Workspace w = withHardwareCatalog("Attachments PDF");
        Workspace other = register("Attachments Other", "business");
        String login = mailChannel(w);
        byte[] pdf = pdf(List.of("12 x M8 hex bolt 40mm", "5 x M8 hex bolt 60mm", "2 x PVC insulation tape"));
        // named like a photo: the type comes from the bytes
        deliver(login, "Please quote the items in the attached list.", "list.jpg", "image/jpeg", pdf);

        await("the conversation", () -> conversations(w).size() == 1, 30);
        String conversationId = conversations(w).get(0).get("id").asText();
        String proposal = proposedRequest(w, conversationId).get("proposal").toString();
        for (String sku : List.of("HB-M8-40", "HB-M8-60", "TAPE-PVC")) {
            assertTrue(sku + " in " + proposal, proposal.contains(sku));
        }

        JsonNode message = messages(w, conversationId).get(0);
        assertEquals("Please quote the items in the attached list.", message.get("text").asText());
        JsonNode attachment = message.get("attachments").get(0);
        assertEquals(message.toString(), "stored", attachment.get("status").asText());
        assertEquals("application/pdf", attachment.get("contentType").asText());
        assertEquals("list.jpg", attachment.get("name").asText());
        assertEquals(pdf.length, attachment.get("size").asInt());
        String path = "/conversations/" + conversationId + "/attachments/" + attachment.get("id").asText();

        HttpResponse<byte[]> got = download(path, w.apiKey());
        assertEquals(200, got.statusCode());
        assertArrayEquals(pdf, got.body());
        assertEquals("application/pdf", got.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"list.jpg\"; filename*=UTF-8''list.jpg", got.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", got.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("sandbox", got.headers().firstValue("Content-Security-Policy").orElse(""));

        assertProblem(get(path, other.apiKey()), 404, null);
        assertEquals("another workspace's conversation is not found either", 404,
                download(path, other.apiKey()).statusCode());
        assertEquals(404, download("/conversations/" + conversationId + "/attachments/nope", w.apiKey()).statusCode());
        assertEquals(404, download("/conversations/" + conversationId + "/attachments/..%2F..%2Fetc", w.apiKey()).statusCode());

        // deleting the channel takes its attachments' files with it
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("karaf.data"), "files", w.tenantId());
        assertEquals(1, filesIn(folder));
        String channelId = get("/channels", w.apiKey()).json().get("items").get(0).get("id").asText();
        assertEquals(204, call("DELETE", "/channels/" + channelId, w.apiKey(), null).status());
        assertEquals(0, filesIn(folder));
        assertEquals(404, download(path, w.apiKey()).statusCode());
    }

    private static long filesIn(java.nio.file.Path folder) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(folder)) {
            return 0;
        }
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(folder)) {
            return s.filter(java.nio.file.Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    public void aSpreadsheetsRowsReachTheParser() throws Exception {
        Workspace w = withHardwareCatalog("Attachments Spreadsheet");
        String login = mailChannel(w);
        deliver(login, "Please quote, list attached.", "items.xlsx", "application/octet-stream",
                xlsx(List.of("12 x M8 hex bolt 40mm", "5 x M8 hex bolt 60mm", "2 x PVC insulation tape")));
        await("the conversation", () -> conversations(w).size() == 1, 30);
        String conversationId = conversations(w).get(0).get("id").asText();
        String proposal = proposedRequest(w, conversationId).get("proposal").toString();
        for (String sku : List.of("HB-M8-40", "HB-M8-60", "TAPE-PVC")) {
            assertTrue(sku + " in " + proposal, proposal.contains(sku));
        }
        JsonNode attachment = messages(w, conversationId).get(0).get("attachments").get(0);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", attachment.get("contentType").asText());
    }

    @Test
    public void aFileAboveTheLimitIsRecordedAsTooLargeAndItsMessageKept() throws Exception {
        Workspace w = withHardwareCatalog("Attachments Large");
        String login = mailChannel(w);
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        for (int i = 0; i < 12_000; i++) {
            big.write(("HB-M8-40," + i + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        deliver(login, "12 M8 hex bolts 40mm please, full list attached", "list.csv", "text/csv", big.toByteArray());
        await("the conversation", () -> conversations(w).size() == 1, 30);
        String conversationId = conversations(w).get(0).get("id").asText();
        await("the message", () -> messages(w, conversationId).size() == 1, 30);
        JsonNode attachment = messages(w, conversationId).get(0).get("attachments").get(0);
        assertEquals(attachment.toString(), "too_large", attachment.get("status").asText());
        assertTrue(attachment.toString(), attachment.get("reason").asText().contains("100000 bytes"));
        await("the request from the text alone", () -> get("/requests?conversation=" + conversationId, w.apiKey()).json().get("items").size() == 1, 30);
    }

    /**
     * WhatsApp's media download as PROVIDERS.md documents it: {@code GET /<media-id>?phone_number_id=} with the Bearer
     * token answers {@code {url, mime_type, ...}}, then that URL with the same token answers the bytes. The first URL
     * handed out has expired (404), so the download must ask again.
     */
    @Test
    public void aWhatsAppDocumentIsFetchedInTheBackgroundBeforeItsMessageIsParsed() throws Exception {
        Workspace w = withHardwareCatalog("Attachments WhatsApp");
        String number = Long.toString(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000L));
        Answer created = call("POST", "/channels", w.apiKey(), "{\"kind\":\"whatsapp\",\"name\":\"WhatsApp\",\"settings\":{\"phoneNumberId\":\""
                + number + "\",\"accessToken\":\"EAA-" + number + "\",\"appSecret\":\"" + APP_SECRET + "\",\"verifyToken\":\"vt\"}}");
        assertEquals(created.body(), 201, created.status());
        String url = created.json().get("inboundUrl").asText();
        String inbound = "/channels/inbound/" + url.substring(url.lastIndexOf('/') + 1);

        String mediaId = "1003" + number;
        byte[] pdf = pdf(List.of("12 x M8 hex bolt 40mm", "5 x M8 hex bolt 60mm", "2 x PVC insulation tape"));
        meta.media(mediaId, pdf, 1);
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{"
                + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"" + number
                + "\"},\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},\"wa_id\":\"16505551234\"}],\"messages\":[{\"from\":\"16505551234\","
                + "\"id\":\"wamid.DOC" + number + "\",\"timestamp\":\"" + System.currentTimeMillis() / 1000 + "\",\"type\":\"document\","
                + "\"document\":{\"caption\":\"our list\",\"filename\":\"rfq.pdf\",\"mime_type\":\"application/pdf\",\"sha256\":\"x\",\"id\":\""
                + mediaId + "\"}}]},\"field\":\"messages\"}]}]}";
        Answer stored = send("POST", inbound, null, "application/json", body.getBytes(StandardCharsets.UTF_8),
                Map.of("X-Hub-Signature-256", sign(APP_SECRET, body)));
        assertEquals(stored.body(), 200, stored.status());
        String conversationId = stored.json().get("conversationId").asText();

        String proposal = proposedRequest(w, conversationId).get("proposal").toString();
        for (String sku : List.of("HB-M8-40", "HB-M8-60", "TAPE-PVC")) {
            assertTrue(sku + " in " + proposal, proposal.contains(sku));
        }
        JsonNode attachment = messages(w, conversationId).get(0).get("attachments").get(0);
        assertEquals(attachment.toString(), "stored", attachment.get("status").asText());
        assertEquals("rfq.pdf", attachment.get("name").asText());
        List<MediaReplay.Call> lookups = meta.at("/v25.0/" + mediaId);
        assertEquals("asked again after the expired URL", 2, lookups.size());
        assertEquals("phone_number_id=" + number, lookups.get(0).query());
        assertEquals("Bearer EAA-" + number, lookups.get(0).authorization());
        assertTrue(meta.at("/media/" + mediaId).stream().allMatch(c -> ("Bearer EAA-" + number).equals(c.authorization())));
        HttpResponse<byte[]> got = download("/conversations/" + conversationId + "/attachments/" + attachment.get("id").asText(), w.apiKey());
        assertEquals(200, got.statusCode());
        assertArrayEquals(pdf, got.body());
    }

    /** Telegram's getFile, then /file/bot<token>/<file_path>, for a document update (PROVIDERS.md 2.2). */
    @Test
    public void aTelegramDocumentIsFetchedWithGetFile() throws Exception {
        Workspace w = withHardwareCatalog("Attachments Telegram");
        String bot = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 9_999_999_999L));
        String token = bot + ":AAH" + UUID.randomUUID().toString().replace("-", "");
        Answer created = call("POST", "/channels", w.apiKey(), "{\"kind\":\"telegram\",\"name\":\"Bot\",\"settings\":{\"botToken\":\"" + token + "\"}}");
        assertEquals(created.body(), 201, created.status());
        String url = created.json().get("inboundUrl").asText();
        String inbound = "/channels/inbound/" + url.substring(url.lastIndexOf('/') + 1);
        String secret = JSON.readTree(meta.at("/bot" + token + "/setWebhook").get(0).body()).get("secret_token").asText();

        String fileId = "BQACAgUAAxkBAAIBJ2" + bot;
        byte[] pdf = pdf(List.of("12 x M8 hex bolt 40mm", "5 x M8 hex bolt 60mm", "2 x PVC insulation tape"));
        meta.media(fileId, pdf, 0);
        String update = "{\"update_id\":918273645,\"message\":{\"message_id\":42,\"date\":" + System.currentTimeMillis() / 1000 + ","
                + "\"from\":{\"id\":555111222,\"is_bot\":false,\"first_name\":\"Asha\",\"username\":\"asha_buyer\"},"
                + "\"chat\":{\"id\":555111222,\"first_name\":\"Asha\",\"type\":\"private\"},"
                + "\"document\":{\"file_name\":\"RFQ.pdf\",\"mime_type\":\"application/pdf\",\"file_id\":\"" + fileId
                + "\",\"file_unique_id\":\"AgADx\",\"file_size\":" + pdf.length + "},\"caption\":\"Need a quote\"}}";
        Answer stored = send("POST", inbound, null, "application/json", update.getBytes(StandardCharsets.UTF_8),
                Map.of("X-Telegram-Bot-Api-Secret-Token", secret));
        assertEquals(stored.body(), 200, stored.status());
        await("the conversation", () -> conversations(w).size() == 1, 30);
        String conversationId = conversations(w).get(0).get("id").asText();

        String proposal = proposedRequest(w, conversationId).get("proposal").toString();
        for (String sku : List.of("HB-M8-40", "HB-M8-60", "TAPE-PVC")) {
            assertTrue(sku + " in " + proposal, proposal.contains(sku));
        }
        assertEquals("{\"file_id\":\"" + fileId + "\"}", meta.at("/bot" + token + "/getFile").get(0).body());
        assertEquals(1, meta.at("/file/bot" + token + "/documents/" + fileId + ".pdf").size());
        JsonNode attachment = messages(w, conversationId).get(0).get("attachments").get(0);
        assertEquals(attachment.toString(), "stored", attachment.get("status").asText());
        assertEquals("RFQ.pdf", attachment.get("name").asText());
        HttpResponse<byte[]> got = download("/conversations/" + conversationId + "/attachments/" + attachment.get("id").asText(), w.apiKey());
        assertArrayEquals(pdf, got.body());
    }

    private static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Plays Meta's Graph API for connecting and for media: lookups answer a URL on this server, the URL the bytes. */
    static final class MediaReplay {
        record Call(String path, String query, String authorization, String body) {
        }

        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private final Map<String, byte[]> media = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> expired = new ConcurrentHashMap<>();
        private final int port;

        MediaReplay(int port) throws IOException {
            this.port = port;
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                calls.add(new Call(path, exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"), body));
                String id = path.substring(path.lastIndexOf('/') + 1);
                int status = 200;
                byte[] out;
                String type = "application/json";
                if (path.startsWith("/bot")) {
                    // the Bot API: getMe names the bot of the token, getFile gives a file_path, the rest is ok
                    String bot = path.substring(4, path.indexOf(':'));
                    String fileId = body.replaceAll(".*\"file_id\":\"([^\"]+)\".*", "$1");
                    out = (switch (id) {
                        case "getMe" -> "{\"ok\":true,\"result\":{\"id\":" + bot + ",\"is_bot\":true,\"first_name\":\"Shop\",\"username\":\"shop_bot\"}}";
                        case "getFile" -> "{\"ok\":true,\"result\":{\"file_id\":\"" + fileId + "\",\"file_path\":\"documents/" + fileId + ".pdf\"}}";
                        default -> "{\"ok\":true,\"result\":true}";
                    }).getBytes(StandardCharsets.UTF_8);
                } else if (path.startsWith("/file/bot") && media.containsKey(id.replace(".pdf", ""))) {
                    out = media.get(id.replace(".pdf", ""));
                    type = "application/pdf";
                } else if (path.startsWith("/media/") && media.containsKey(id)) {
                    if (expired.get(id).getAndDecrement() > 0) {
                        status = 404;
                        out = "{\"error\":{\"message\":\"expired\",\"code\":100}}".getBytes(StandardCharsets.UTF_8);
                    } else {
                        out = media.get(id);
                        type = "application/pdf";
                    }
                } else if (media.containsKey(id)) {
                    out = ("{\"messaging_product\":\"whatsapp\",\"url\":\"http://127.0.0.1:" + this.port + "/media/" + id
                            + "\",\"mime_type\":\"application/pdf\",\"sha256\":\"x\",\"file_size\":" + media.get(id).length + ",\"id\":\"" + id
                            + "\"}").getBytes(StandardCharsets.UTF_8);
                } else {
                    out = ("{\"id\":\"" + id + "\",\"verified_name\":\"Test\"}").getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().add("Content-Type", type);
                exchange.sendResponseHeaders(status, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
        }

        /** Serves {@code bytes} as media {@code id}; the first {@code expiredUrls} downloads answer 404. */
        void media(String id, byte[] bytes, int expiredUrls) {
            media.put(id, bytes);
            expired.put(id, new AtomicInteger(expiredUrls));
        }

        List<Call> at(String path) {
            return calls.stream().filter(c -> c.path().equals(path)).toList();
        }

        List<Call> endingWith(String suffix) {
            return calls.stream().filter(c -> c.path().endsWith(suffix)).toList();
        }
    }
}
