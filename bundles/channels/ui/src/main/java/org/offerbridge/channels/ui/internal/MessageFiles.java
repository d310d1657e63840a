package org.offerbridge.channels.ui.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.api.MessageAttachments;
import org.offerbridge.ui.api.Html;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.UiSession;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.DownloadStream;
import com.vaadin.server.StreamResource;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Link;

/**
 * The files under a message: name, human size and a status badge; a stored one links to its bytes, opened through
 * {@link MessageAttachments} inside {@link UiSession#call} when the browser asks, so only the logged-in staff member's
 * workspace is searched (another's id is a 404). A pending one says it is being fetched, a failed or too large one says
 * why. Metadata a channel only reported (no id, no status) shows its name and size.
 */
final class MessageFiles {
    static final String CSS = ".ob-file{display:block;margin:2px 0}.ob-file>*{margin-right:6px}"
            + ".ob-file-badge{font-size:11px;padding:0 6px;border-radius:8px;background:#e5e7eb}"
            + ".ob-file-stored{background:#dcfce7}.ob-file-pending{background:#fef9c3}"
            + ".ob-file-failed,.ob-file-too_large{background:#fee2e2}.ob-file-reason{font-size:11px;color:#991b1b}";

    private final UiSession session;
    private final MessageAttachments attachments;
    private final Texts t;

    MessageFiles(UiSession session, MessageAttachments attachments, Texts t) {
        this.session = session;
        this.attachments = attachments;
        this.t = t;
    }

    /** One row per file of {@code m}, in its order; none for a message without files. */
    List<Component> rows(Message m) {
        if (m.attachments() == null) {
            return List.of();
        }
        return m.attachments().stream().map(a -> row(m.conversationId(), a)).toList();
    }

    Component row(String conversationId, Message.Attachment a) {
        CssLayout row = new CssLayout();
        row.addStyleName("ob-file");
        String name = a.name() == null || a.name().isBlank() ? t.get("attachment.unnamed") : a.name();
        boolean stored = Message.Attachment.STORED.equals(a.status()) && a.id() != null && attachments != null;
        if (a.id() != null) {
            row.setId("attachment-" + a.id());
        }
        if (stored) {
            Link link = new Link(name, download(conversationId, a, name));
            link.setIcon(VaadinIcons.PAPERCLIP);
            link.setId("attachment-link-" + a.id());
            link.setDescription(t.get("attachment.download"));
            row.addComponent(link);
        } else {
            Label label = new Label(VaadinIcons.PAPERCLIP.getHtml() + " " + Html.escape(name), ContentMode.HTML);
            label.setWidthUndefined();
            row.addComponent(label);
        }
        if (a.size() != null) {
            row.addComponent(small(size(a.size(), session.locale()), null));
        }
        if (a.status() != null) {
            String key = "attachment.status." + a.status();
            Label badge = small(t.has(key) ? t.get(key) : a.status(), "ob-file-badge");
            badge.addStyleName("ob-file-" + a.status());
            if (a.id() != null) {
                badge.setId("attachment-status-" + a.id());
            }
            row.addComponent(badge);
        }
        boolean refused = Message.Attachment.FAILED.equals(a.status()) || Message.Attachment.TOO_LARGE.equals(a.status());
        if (refused && a.reason() != null && !a.reason().isBlank()) {
            Label reason = small(a.reason(), "ob-file-reason");
            if (a.id() != null) {
                reason.setId("attachment-reason-" + a.id());
            }
            row.addComponent(reason);
        }
        return row;
    }

    /**
     * The file as a download: read when the browser asks, under the session's binding; served as an attachment with
     * the sniffed type and nosniff, so an HTML or SVG a customer sent is never shown inside the admin UI's origin.
     */
    private StreamResource download(String conversationId, Message.Attachment a, String name) {
        String attachmentId = a.id();
        StreamResource.StreamSource source = () -> session.call(() -> attachments.open(conversationId, attachmentId))
                .map(MessageAttachments.Download::content).orElse(null);
        StreamResource resource = new StreamResource(source, name) {
            private static final long serialVersionUID = 1L;

            @Override
            public DownloadStream getStream() {
                DownloadStream stream = super.getStream();
                if (stream != null) {
                    stream.setParameter("Content-Disposition", "attachment; " + DownloadStream.getContentDispositionFilename(name));
                    stream.setParameter("X-Content-Type-Options", "nosniff");
                }
                return stream;
            }
        };
        resource.setMIMEType(a.contentType() == null ? "application/octet-stream" : a.contentType());
        resource.setCacheTime(0);
        return resource;
    }

    private static Label small(String text, String style) {
        Label label = new Label(text);
        label.setWidthUndefined();
        if (style != null) {
            label.addStyleName(style);
        }
        return label;
    }

    /** 512 B, 1.5 KB, 2.3 MB: binary units, one decimal from KB on, in the staff member's number format. */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        String[] units = {"KB", "MB", "GB"};
        double v = bytes / 1024.0;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return f.format(v) + " " + units[u];
    }
}
