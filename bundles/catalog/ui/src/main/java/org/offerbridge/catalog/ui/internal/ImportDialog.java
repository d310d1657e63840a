package org.offerbridge.catalog.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.offerbridge.catalog.api.CatalogImportException;
import org.offerbridge.catalog.api.CatalogService;
import org.offerbridge.catalog.api.ImportResult;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * Uploads a CSV to a temporary file, then imports it on a background thread while a progress bar follows the
 * bytes read (the UI polls while the import runs). Shows the counts and the per-line errors at the end.
 */
final class ImportDialog extends Window {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportDialog.class);
    static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    private final UiSession session;
    private final CatalogService catalog;
    private final Runnable imported;
    private final Texts t;
    private final CheckBox dryRun;
    private final ProgressBar progress = new ProgressBar(0f);
    private final Label status = new Label();
    private final Grid<ImportResult.LineError> errors = new Grid<>();
    private final Upload upload;
    private Path file;

    ImportDialog(UiSession session, CatalogService catalog, Runnable imported) {
        this.session = session;
        this.catalog = catalog;
        this.imported = imported;
        this.t = Texts.of(ImportDialog.class, session.locale());
        setId("catalog-import-dialog");
        setCaption(t.get("import"));
        setModal(true);
        setWidth("720px");

        Label help = new Label(t.get("import.help"));
        help.setWidth("100%");
        dryRun = new CheckBox(t.get("import.dryRun"), false);
        dryRun.setId("catalog-import-dry-run");
        upload = new Upload(null, (filename, mime) -> receive());
        upload.setId("catalog-import-upload");
        upload.setButtonCaption(t.get("import.choose"));
        upload.setAcceptMimeTypes(".csv,text/csv");
        upload.addStartedListener(e -> {
            if (e.getContentLength() > MAX_UPLOAD_BYTES) {
                upload.interruptUpload();
                session.notifyError(t.get("import.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024)));
            } else {
                status.setValue(t.get("import.uploading", e.getFilename()));
            }
        });
        upload.addSucceededListener(e -> start(e.getFilename()));
        upload.addFailedListener(e -> {
            discard();
            status.setValue(t.get("import.uploadFailed"));
        });
        progress.setId("catalog-import-progress");
        progress.setWidth("100%");
        progress.setVisible(false);
        status.setId("catalog-import-status");
        status.setWidth("100%");
        errors.setId("catalog-import-errors");
        errors.addColumn(ImportResult.LineError::line).setCaption(t.get("import.line")).setWidth(90);
        errors.addColumn(ImportResult.LineError::field).setCaption(t.get("import.field")).setWidth(120);
        errors.addColumn(ImportResult.LineError::message).setCaption(t.get("import.message")).setExpandRatio(1);
        errors.setWidth("100%");
        errors.setVisible(false);
        Button close = new Button(t.get("close"), e -> close());
        close.setId("catalog-import-close");
        VerticalLayout content = new VerticalLayout(help, dryRun, upload, progress, status, errors, close);
        content.setMargin(true);
        setContent(content);
        addCloseListener(e -> discard());
    }

    private OutputStream receive() {
        try {
            discard();
            file = Files.createTempFile("catalog-import-", ".csv");
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(String filename) {
        Path source = file;
        long size = sizeOf(source);
        boolean dry = dryRun.getValue();
        UI ui = UI.getCurrent();
        upload.setEnabled(false);
        dryRun.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0f);
        status.setValue(t.get("import.running", filename));
        ui.setPollInterval(400);
        Thread worker = new Thread(() -> {
            ImportResult result = null;
            Throwable failure = null;
            try (InputStream in = Files.newInputStream(source)) {
                result = session.call(() -> {
                    try {
                        return catalog.importCsv(in, dry, (rows, bytes) -> ui.access(() -> {
                            progress.setValue(size == 0 ? 1f : Math.min(1f, (float) bytes / size));
                            status.setValue(t.get("import.progress", rows));
                        }));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (RuntimeException | IOException e) {
                failure = e;
            }
            ImportResult done = result;
            Throwable failed = failure;
            ui.access(() -> finish(ui, done, failed));
        }, "catalog-import-ui");
        worker.setDaemon(true);
        worker.start();
    }

    private void finish(UI ui, ImportResult result, Throwable failure) {
        ui.setPollInterval(-1);
        discard();
        upload.setEnabled(true);
        dryRun.setEnabled(true);
        progress.setValue(1f);
        if (failure instanceof CatalogImportException fatal) {
            status.setValue(t.get("import.fatal", fatal.getMessage()));
            status.addStyleName(ValoTheme.LABEL_FAILURE);
            return;
        }
        if (failure != null) {
            LOG.warn("Catalog import from the admin UI failed", failure);
            status.setValue(t.get("import.failed"));
            session.notifyError(failure);
            return;
        }
        status.removeStyleName(ValoTheme.LABEL_FAILURE);
        status.setValue(t.get(result.dryRun() ? "import.doneDry" : "import.done", result.rows(), result.imported(),
                result.updated(), result.errorCount(), result.durationMillis() / 1000.0));
        errors.setItems(result.errors());
        errors.setVisible(!result.errors().isEmpty());
        errors.setHeightByRows(Math.max(1, Math.min(10, result.errors().size())));
        if (!result.dryRun()) {
            imported.run();
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private void discard() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temp file; the OS cleans it eventually
            }
            file = null;
        }
    }
}
