package org.offerbridge.platform.internal.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerbridge.platform.api.NoTenantBoundException;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.Role;
import org.offerbridge.platform.api.TenantPrincipal;
import org.offerbridge.platform.api.files.FileTooLargeException;
import org.offerbridge.platform.api.files.StoredFile;
import org.offerbridge.platform.api.persistence.TenantColumn;
import org.offerbridge.platform.api.persistence.TenantTransactions;

/** The file store over a temporary folder and an in-memory table that keeps tenants apart as EclipseLink does. */
class TenantFilesImplTest {
    @TempDir
    Path dir;
    private final Map<String, Map<String, StoredFileEntity>> rows = new HashMap<>();
    private final Map<String, Object> props = new HashMap<>();
    private final JpaTemplate jpa = mock(JpaTemplate.class);
    private final EntityManager em = mock(EntityManager.class);
    private TenantPrincipal bound;
    private final RequestContext context = new RequestContext() {
        @Override
        public java.util.Optional<TenantPrincipal> current() {
            return java.util.Optional.ofNullable(bound);
        }

        @Override
        public String requestId() {
            return null;
        }

        @Override
        public <T> T runAs(TenantPrincipal principal, Supplier<T> work) {
            TenantPrincipal before = bound;
            bound = principal;
            try {
                return work.get();
            } finally {
                bound = before;
            }
        }
    };

    TenantFilesImplTest() {
        when(em.getProperties()).thenReturn(props);
        doAnswer(inv -> props.put(inv.getArgument(0), inv.getArgument(1))).when(em).setProperty(anyString(), any());
        when(jpa.txExpr(eq(TransactionType.Required), any())).thenAnswer(inv -> {
            props.clear(); // a new transaction
            return inv.<EmFunction<?>>getArgument(1).apply(em);
        });
        when(em.find(eq(StoredFileEntity.class), any())).thenAnswer(inv -> table().get((String) inv.getArgument(1)));
        doAnswer(inv -> table().put(((StoredFileEntity) inv.getArgument(0)).id, inv.getArgument(0))).when(em).persist(any());
        doAnswer(inv -> table().remove(((StoredFileEntity) inv.getArgument(0)).id)).when(em).remove(any());
    }

    private Map<String, StoredFileEntity> table() {
        return rows.computeIfAbsent((String) props.get(TenantColumn.PROPERTY), t -> new HashMap<>());
    }

    private TenantFilesImpl files(long maxFile) {
        return new TenantFilesImpl(config(maxFile), new TenantTransactions(jpa, context), context);
    }

    private FilesConfig config(long maxFile) {
        return new FilesConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return FilesConfig.class;
            }

            @Override
            public String directory() {
                return dir.toString();
            }

            @Override
            public long maxFileBytes() {
                return maxFile;
            }

            @Override
            public long maxMessageBytes() {
                return 2 * maxFile;
            }
        };
    }

    private <T> T as(String tenant, Supplier<T> work) {
        return context.runAs(new TenantPrincipal(tenant, "u1", null, Role.SALES, "business"), work);
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aFileIsOpenedOnlyByItsOwnWorkspace() throws IOException {
        TenantFilesImpl files = files(1024);
        StoredFile f = as("t1", () -> files.store("channel-attachment", "list.txt", bytes("10 x bolt M8"), 1024));
        assertEquals(12, f.size());
        assertEquals("list.txt", f.name());
        assertTrue(Files.isRegularFile(dir.resolve("t1").resolve(f.id())), "kept under <dir>/<tenant>/<id>");
        try (InputStream in = as("t1", () -> files.open(f.id()).orElseThrow())) {
            assertEquals("10 x bolt M8", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(as("t2", () -> files.open(f.id())).isEmpty(), "another workspace never opens it");
        assertTrue(as("t2", () -> files.find(f.id())).isEmpty());
        assertFalse(as("t2", () -> files.delete(f.id())));
        assertTrue(Files.exists(dir.resolve("t1").resolve(f.id())), "nor deletes it");
        assertThrows(NoTenantBoundException.class, () -> files.open(f.id()), "no workspace bound: refused");
        assertTrue(as("t1", () -> files.delete(f.id())));
        assertFalse(Files.exists(dir.resolve("t1").resolve(f.id())));
    }

    @Test
    void traversalNamesAndIdsReachNothingOutsideTheWorkspace() throws IOException {
        TenantFilesImpl files = files(1024);
        StoredFile f = as("t1", () -> files.store("channel-attachment", "../../etc/passwd", bytes("x"), 1024));
        assertEquals("passwd", f.name());
        StoredFile g = as("t1", () -> files.store("channel-attachment", "..\\..\\boot.ini", bytes("x"), 1024));
        assertEquals("boot.ini", g.name());
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(dir.resolve("t1").resolve(f.id()), dir.resolve("t1").resolve(g.id())).stream().sorted().toList(),
                    all.filter(Files::isRegularFile).sorted().toList(), "files are named by their ids only");
        }
        assertTrue(as("t1", () -> files.open("../t1/" + f.id())).isEmpty());
        assertTrue(as("t1", () -> files.open("..")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> as("../t2", () -> files.store("channel-attachment", "a", bytes("x"), 10)),
                "a tenant id is never a path");
    }

    @Test
    void theContentTypeIsSniffedNotTakenFromTheName() {
        TenantFilesImpl files = files(1024);
        StoredFile f = as("t1", () -> files.store("channel-attachment", "photo.jpg", new ByteArrayInputStream(pdf()), 1024));
        assertEquals("application/pdf", f.contentType());
        assertEquals("photo.jpg", f.name(), "the name is kept as given (sanitised)");
        StoredFile csv = as("t1", () -> files.store("channel-attachment", "items.csv", bytes("sku,qty\nA1,10\n"), 1024));
        assertEquals("text/csv", csv.contentType());
        StoredFile html = as("t1", () -> files.store("channel-attachment", "note.txt", bytes("<html><script>alert(1)</script></html>"), 1024));
        assertEquals("text/html", html.contentType(), "HTML named .txt is still HTML (served as an attachment, sandboxed)");
    }

    @Test
    void aFileAboveItsLimitIsRefusedAndLeavesNothing() throws IOException {
        TenantFilesImpl files = files(10);
        FileTooLargeException e = assertThrows(FileTooLargeException.class,
                () -> as("t1", () -> files.store("channel-attachment", "big.txt", bytes("x".repeat(11)), 1000)));
        assertEquals(10, e.limit(), "the configured per-file limit caps what the caller asked for");
        assertThrows(FileTooLargeException.class, () -> as("t1", () -> files.store("channel-attachment", "b.txt", bytes("x".repeat(6)), 5)));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(0, all.filter(Files::isRegularFile).count(), "no temporary file left");
        }
        assertTrue(rows.getOrDefault("t1", Map.of()).isEmpty());
        StoredFile ok = as("t1", () -> files.store("channel-attachment", "ok.txt", bytes("x".repeat(10)), 1000));
        assertEquals(10, ok.size());
    }

    @Test
    void theDigestIsOverTheBytes() throws Exception {
        TenantFilesImpl files = files(1024);
        StoredFile f = as("t1", () -> files.store("channel-attachment", "a.txt", bytes("abc"), 1024));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", f.sha256());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = as("t1", () -> files.open(f.id()).orElseThrow())) {
            in.transferTo(out);
        }
        assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void aRowThatFailsToCommitTakesItsFileWithIt() throws IOException {
        TenantFilesImpl files = files(1024);
        doAnswer(inv -> {
            throw new javax.persistence.PersistenceException("disk full");
        }).when(em).persist(any());
        assertThrows(javax.persistence.PersistenceException.class,
                () -> as("t1", () -> files.store("channel-attachment", "a.txt", bytes("abc"), 1024)));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(0, all.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void orphansOfARolledBackTransactionAreSwept() throws IOException {
        TenantFilesImpl files = files(1024);
        StoredFile kept = as("t1", () -> files.store("channel-attachment", "a.txt", bytes("abc"), 1024));
        Files.createDirectories(dir.resolve("t1"));
        Files.writeString(dir.resolve("t1").resolve("0123456789abcdef0123456789abcdef"), "orphan");
        @SuppressWarnings("unchecked")
        javax.persistence.TypedQuery<String> q = mock(javax.persistence.TypedQuery.class);
        when(em.createQuery(anyString(), eq(String.class))).thenReturn(q);
        when(q.getResultList()).thenAnswer(inv -> List.copyOf(table().keySet()));
        assertEquals(1, files.sweepOrphans("t1", System.currentTimeMillis() + 1000));
        assertTrue(Files.exists(dir.resolve("t1").resolve(kept.id())));
        assertFalse(Files.exists(dir.resolve("t1").resolve("0123456789abcdef0123456789abcdef")));
    }

    @Test
    void theLimitsAreConfigured() {
        assertEquals(1024, files(1024).limits().perFileBytes());
        assertEquals(2048, files(1024).limits().perMessageBytes());
    }
}
