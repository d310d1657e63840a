package org.offerbridge.channels.internal.attachments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.platform.api.files.FileNames;

/** The attachment rows of messages, read and changed inside the caller's transaction. */
public final class AttachmentRows {
    /** Longest reason kept. */
    static final int MAX_REASON = 300;

    private AttachmentRows() {
    }

    /** What becomes one row: a stored file, a pending reference, or a refusal with its reason. */
    public record NewRow(String name, String contentType, Long size, String fileId, String ref, String status, String reason, String text) {
    }

    public static List<AttachmentEntity> of(EntityManager em, String messageId) {
        return em.createQuery("select a from AttachmentEntity a where a.messageId = :m order by a.position", AttachmentEntity.class)
                .setParameter("m", messageId).getResultList();
    }

    public static Optional<AttachmentEntity> find(EntityManager em, String conversationId, String attachmentId) {
        AttachmentEntity a = attachmentId == null ? null : em.find(AttachmentEntity.class, attachmentId);
        return a != null && a.conversationId.equals(conversationId) ? Optional.of(a) : Optional.empty();
    }

    /** Adds the rows of a new message; {@code ids} makes row ids (the channels' id scheme). */
    public static List<AttachmentEntity> add(EntityManager em, String messageId, String conversationId, List<NewRow> rows,
            Function<Integer, String> ids, long now) {
        List<AttachmentEntity> out = new ArrayList<>();
        int position = 0;
        for (NewRow r : rows) {
            AttachmentEntity a = new AttachmentEntity();
            a.id = ids.apply(position);
            a.messageId = messageId;
            a.conversationId = conversationId;
            a.position = position++;
            a.name = FileNames.sanitise(r.name(), "file");
            a.contentType = r.contentType();
            a.size = r.size();
            a.fileId = r.fileId();
            a.providerRef = r.ref();
            a.status = r.status();
            a.reason = reason(r.reason());
            a.text = r.text();
            a.createdAt = now;
            em.persist(a);
            out.add(a);
        }
        return out;
    }

    public static boolean anyPending(List<AttachmentEntity> rows) {
        return rows.stream().anyMatch(a -> Attachment.PENDING.equals(a.status));
    }

    /** The message's summary of its rows, as the API shows them. */
    public static List<Attachment> summary(List<AttachmentEntity> rows) {
        return rows.stream().map(a -> new Attachment(a.id, a.name, a.contentType, a.size, a.status, a.reason)).toList();
    }

    /** The message text the parser reads: the text, then each extracted file text under a line naming the file. */
    public static String forParser(String text, List<AttachmentEntity> rows) {
        StringBuilder out = new StringBuilder(text == null ? "" : text.strip());
        for (AttachmentEntity a : rows) {
            if (a.text != null && !a.text.isBlank()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append("[").append(a.name).append("]\n").append(a.text.strip());
            }
        }
        return out.toString();
    }

    static String reason(String r) {
        if (r == null) {
            return null;
        }
        String v = r.replaceAll("\\p{Cntrl}+", " ").strip();
        return v.length() > MAX_REASON ? v.substring(0, MAX_REASON - 1) + "…" : v;
    }
}
