package org.offerbridge.channels.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.api.Message.Attachment;
import org.offerbridge.channels.internal.attachments.AttachmentEntity;
import org.offerbridge.channels.internal.attachments.AttachmentIntake;
import org.offerbridge.channels.internal.attachments.AttachmentRows;
import org.offerbridge.channels.internal.attachments.AttachmentText;
import org.offerbridge.channels.spi.ChannelKind;
import org.offerbridge.channels.spi.ChannelSettings;
import org.offerbridge.channels.spi.MediaDownload;
import org.offerbridge.platform.api.files.FileLimits;
import org.offerbridge.platform.api.files.FileTooLargeException;
import org.offerbridge.platform.api.files.StoredFile;
import org.offerbridge.platform.api.persistence.TenantTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work item {@link WorkEntity#MEDIA}: fetches a message's pending files through its channel's kind, outside any
 * transaction, and records each as stored, too large or failed. A failure that may heal leaves the file pending and the
 * item due again with backoff; once every file is stored or given up the item is done and the message's processing is
 * queued in the same transaction, so the parser always sees the files' text (or their failure) and never waits on one.
 */
@Component(service = MediaWork.class)
public class MediaWork {
    private static final Logger LOG = LoggerFactory.getLogger(MediaWork.class);

    private final TenantTransactions tx;
    private final ChannelStore channels;
    private final ChannelSecrets secrets;
    private final ChannelKinds kinds;
    private final AttachmentIntake intake;

    /** What became of one pending file. */
    private record Outcome(String status, StoredFile file, String text, String reason) {
    }

    private record Pending(String id, String name, String ref) {
    }

    @Activate
    public MediaWork(@Reference ChannelStore channels, @Reference ChannelSecrets secrets, @Reference ChannelKinds kinds,
            @Reference AttachmentIntake intake) {
        this.tx = channels.tx();
        this.channels = channels;
        this.secrets = secrets;
        this.kinds = kinds;
        this.intake = intake;
    }

    void process(WorkQueue.Item item, WorkProcessor.Backoff backoff) {
        String tenant = item.tenantId();
        long[] used = {0};
        List<Pending> pending = tx.callAs(tenant, em -> {
            List<Pending> out = new ArrayList<>();
            for (AttachmentEntity a : AttachmentRows.of(em, item.messageId())) {
                if (Attachment.PENDING.equals(a.status)) {
                    out.add(new Pending(a.id, a.name, a.providerRef));
                } else if (Attachment.STORED.equals(a.status) && a.size != null) {
                    used[0] += a.size;
                }
            }
            return out;
        });
        Optional<StoredChannel> channel = channels.findAs(tenant, item.channelId());
        Optional<ChannelKind> kind = channel.flatMap(c -> kinds.find(c.kind()));
        Map<String, Outcome> outcomes = new HashMap<>();
        String retryWhy = null;
        if (channel.isEmpty()) {
            pending.forEach(p -> outcomes.put(p.id(), new Outcome(Attachment.FAILED, null, null, "the channel was deleted")));
        } else if (kind.isEmpty()) {
            retryWhy = "the " + channel.get().kind() + " channel kind is not installed";
        } else {
            ChannelSettings settings = secrets.settings(channel.get());
            FileLimits limits = intake.limits();
            for (Pending p : pending) {
                long room = Math.min(limits.perFileBytes(), limits.perMessageBytes() - used[0]);
                if (room <= 0) {
                    outcomes.put(p.id(), new Outcome(Attachment.TOO_LARGE, null, null, AttachmentIntake.tooLarge(limits, true)));
                    continue;
                }
                MediaDownload d = download(kind.get(), p, settings, room);
                if (d.ok()) {
                    try {
                        StoredFile f = intake.store(tenant, item.channelId(), p.name(), d.bytes(), room);
                        used[0] += f.size();
                        outcomes.put(p.id(), new Outcome(Attachment.STORED, f, AttachmentText.extract(d.bytes(), f.contentType()), null));
                    } catch (FileTooLargeException e) {
                        outcomes.put(p.id(), new Outcome(Attachment.TOO_LARGE, null, null, AttachmentIntake.tooLarge(limits,
                                room < limits.perFileBytes())));
                    }
                } else if (d.tooLarge()) {
                    outcomes.put(p.id(), new Outcome(Attachment.TOO_LARGE, null, null, AttachmentIntake.tooLarge(limits,
                            room < limits.perFileBytes())));
                } else if (d.heals()) {
                    retryWhy = d.failure();
                } else {
                    outcomes.put(p.id(), new Outcome(Attachment.FAILED, null, null, d.failure()));
                }
            }
        }
        Long next = retryWhy == null ? null : backoff.next(item.attempts(), System.currentTimeMillis());
        boolean giveUp = retryWhy != null && next == null;
        String why = retryWhy;
        tx.callAs(tenant, em -> {
            MessageEntity m = em.find(MessageEntity.class, item.messageId());
            List<AttachmentEntity> rows = m == null ? List.of() : AttachmentRows.of(em, m.id);
            for (AttachmentEntity a : rows) {
                Outcome o = outcomes.get(a.id);
                if (o != null) {
                    apply(a, o);
                } else if (giveUp && Attachment.PENDING.equals(a.status)) {
                    apply(a, new Outcome(Attachment.FAILED, null, null, why));
                }
            }
            if (m != null) {
                List<Attachment> reported = Json.attachments(m.attachments).stream().filter(x -> x.id() == null).toList();
                m.attachments = InboundStore.summary(rows, reported);
            }
            if (why != null && !giveUp) {
                WorkQueue.again(em, item.id(), why, next);
            } else {
                WorkQueue.done(em, item.id());
                if (m != null && Message.IN.equals(m.direction) && !m.automated) {
                    WorkQueue.add(em, WorkEntity.INBOUND, m.id, m.channelId, System.currentTimeMillis());
                }
            }
            return null;
        });
    }

    private static MediaDownload download(ChannelKind kind, Pending p, ChannelSettings settings, long max) {
        try {
            MediaDownload d = kind.download(p.ref(), settings, max);
            return d == null ? MediaDownload.permanent("the channel gave no answer") : d;
        } catch (RuntimeException e) {
            LOG.warn("Downloading a file with the {} kind failed: {}", kind.id(), e.getClass().getSimpleName());
            return MediaDownload.retry("the download failed unexpectedly (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void apply(AttachmentEntity a, Outcome o) {
        a.status = o.status();
        a.reason = o.reason() == null ? null : ChannelRules.reason(o.reason());
        if (o.file() != null) {
            a.fileId = o.file().id();
            a.contentType = o.file().contentType();
            a.size = o.file().size();
            a.text = o.text();
            a.providerRef = null;
        }
    }
}
