package org.offerbridge.platform.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.aries.jpa.template.JpaTemplate;
import org.offerbridge.platform.api.RequestContext;
import org.offerbridge.platform.api.files.FileLimits;
import org.offerbridge.platform.api.files.FileNames;
import org.offerbridge.platform.api.files.StoredFile;
import org.offerbridge.platform.api.files.TenantFiles;
import org.offerbridge.platform.api.jobs.DuePoller;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.offerbridge.platform.internal.persistence.PlatformUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TenantFiles} over a folder and the OB_FILE table. The bytes are written and moved into place before the row is
 * inserted, so a row always has its file; a file whose row never committed (the caller's transaction rolled back) is an
 * orphan that {@link #deleteOlderThan} sweeps.
 */
@Component(service = TenantFiles.class, configurationPid = FilesConfig.PID)
@Designate(ocd = FilesConfig.class)
public class TenantFilesImpl implements TenantFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TenantFilesImpl.class);
    /** Orphans younger than this may still be in a transaction about to commit. */
    static final long ORPHAN_AGE_MILLIS = 60 * 60_000L;
    static final long SWEEP_INTERVAL_MILLIS = 6 * 60 * 60_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantTransactions tx;
    private final RequestContext context;
    private volatile FileDirectory directory;
    private volatile FileLimits limits;
    /** Sweeps each workspace's folder for orphans now and then (a row that never committed leaves its file). */
    private DuePoller<String> sweeper;
    private volatile long lastRound;
    private final Deque<String> round = new ConcurrentLinkedDeque<>();

    @Activate
    public TenantFilesImpl(FilesConfig config, @Reference(target = PlatformUnit.TARGET) JpaTemplate jpa,
            @Reference RequestContext context) {
        this(config, new TenantTransactions(jpa, context), context);
        startSweeping();
    }

    TenantFilesImpl(FilesConfig config, TenantTransactions tx, RequestContext context) {
        this.tx = tx;
        this.context = context;
        modified(config);
    }

    /** Every workspace folder once per round, a round every six hours (the first after the first interval). */
    private void startSweeping() {
        sweeper = new DuePoller<>("offerbridge-files-sweep", 1, this::dueFolders, t -> t, this::sweep,
                e -> LOG.warn("Looking for file folders failed: {}", e.toString())).every(SWEEP_INTERVAL_MILLIS);
    }

    @Deactivate
    void stopSweeping() {
        if (sweeper != null) {
            sweeper.stop(5_000);
        }
    }

    /** The next folders of the current round; a new round when the last one is done and old enough. */
    private List<String> dueFolders(int limit) {
        long now = System.currentTimeMillis();
        if (round.isEmpty() && now - lastRound >= SWEEP_INTERVAL_MILLIS / 2) {
            lastRound = now;
            round.addAll(tenantFolders());
        }
        List<String> out = new ArrayList<>();
        while (out.size() < limit && !round.isEmpty()) {
            out.add(round.poll());
        }
        return out;
    }

    private List<String> tenantFolders() {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(directory.root(), Files::isDirectory)) {
            dirs.forEach(d -> out.add(d.getFileName().toString()));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private void sweep(String tenant) {
        try {
            int n = sweepOrphans(tenant, System.currentTimeMillis() - ORPHAN_AGE_MILLIS);
            if (n > 0) {
                LOG.info("Deleted {} orphaned files of tenant {}", n, tenant);
            }
        } catch (RuntimeException e) {
            LOG.warn("Sweeping the files of tenant {} failed: {}", tenant, e.getClass().getSimpleName());
        }
    }

    @Modified
    void modified(FilesConfig config) {
        String dir = config.directory() == null ? "" : config.directory().strip();
        Path root = dir.isEmpty() ? Paths.get(System.getProperty("karaf.data", "data"), "files") : Paths.get(dir);
        this.directory = new FileDirectory(root);
        this.limits = new FileLimits(Math.max(1, config.maxFileBytes()), Math.max(1, config.maxMessageBytes()));
    }

    @Override
    public FileLimits limits() {
        return limits;
    }

    @Override
    public StoredFile store(String purpose, String fileName, InputStream content, long maxBytes) {
        String tenant = context.require().tenantId();
        String id = newId();
        String name = FileNames.sanitise(fileName, "file");
        long max = Math.min(Math.max(0, maxBytes), limits.perFileBytes());
        FileDirectory dir = directory;
        FileDirectory.Written w;
        try {
            w = dir.write(tenant, id, content, max);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a file", e);
        }
        StoredFileEntity e = new StoredFileEntity();
        e.id = id;
        e.purpose = purpose(purpose);
        e.name = name;
        e.contentType = ContentSniffer.detect(w.head(), w.headLength(), name);
        e.size = w.size();
        e.sha256 = w.sha256();
        e.createdAt = System.currentTimeMillis();
        try {
            tx.callAs(tenant, em -> {
                em.persist(e);
                return null;
            });
        } catch (RuntimeException failed) {
            deleteQuietly(dir.path(tenant, id));
            throw failed;
        }
        return file(e);
    }

    @Override
    public Optional<StoredFile> find(String id) {
        if (!plainId(id)) {
            return Optional.empty();
        }
        return tx.call(em -> Optional.ofNullable(em.find(StoredFileEntity.class, id)).map(TenantFilesImpl::file));
    }

    @Override
    public Optional<InputStream> open(String id) {
        String tenant = context.require().tenantId();
        if (find(id).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(directory.path(tenant, id)));
        } catch (NoSuchFileException e) {
            LOG.warn("File {} of tenant {} has a row but no bytes", id, tenant);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a file", e);
        }
    }

    @Override
    public boolean delete(String id) {
        String tenant = context.require().tenantId();
        if (!plainId(id)) {
            return false;
        }
        boolean removed = tx.call(em -> {
            StoredFileEntity e = em.find(StoredFileEntity.class, id);
            if (e == null) {
                return false;
            }
            em.remove(e);
            return true;
        });
        if (removed) {
            deleteQuietly(directory.path(tenant, id));
        }
        return removed;
    }

    @Override
    public int deleteOlderThan(String purpose, Instant before) {
        String tenant = context.require().tenantId();
        List<String> ids = tx.call(em -> em.createQuery(
                "select f.id from StoredFileEntity f where f.purpose = :p and f.createdAt < :b", String.class)
                .setParameter("p", purpose(purpose)).setParameter("b", before.toEpochMilli()).getResultList());
        int n = 0;
        for (String id : ids) {
            n += delete(id) ? 1 : 0;
        }
        sweepOrphans(tenant, System.currentTimeMillis() - ORPHAN_AGE_MILLIS);
        return n;
    }

    /** Files (and unfinished temporary files) of the tenant with no row, last written before {@code before}. */
    int sweepOrphans(String tenant, long before) {
        Path dir = directory.tenantDir(tenant);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                if (Files.getLastModifiedTime(p).toMillis() < before) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the files of tenant {}: {}", tenant, e.getClass().getSimpleName());
            return 0;
        }
        Set<String> known = new HashSet<>(tx.callAs(tenant, em -> em.createQuery(
                "select f.id from StoredFileEntity f", String.class).getResultList()));
        int n = 0;
        for (String name : names) {
            if (!known.contains(name)) {
                deleteQuietly(dir.resolve(name));
                n++;
            }
        }
        return n;
    }

    private static String purpose(String purpose) {
        if (purpose == null || !purpose.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("A purpose is a short lower-case word");
        }
        return purpose;
    }

    private static boolean plainId(String id) {
        return id != null && id.matches("[a-f0-9]{32}");
    }

    private static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", p.getFileName(), e.getClass().getSimpleName());
        }
    }

    static StoredFile file(StoredFileEntity e) {
        return new StoredFile(e.id, e.purpose, e.name, e.contentType, e.size, e.sha256, Instant.ofEpochMilli(e.createdAt));
    }
}
