package org.offerbridge.parser.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Inbound requests of the tenant bound in the platform's RequestContext, and the staff's work on them. REST and
 * the admin UI both go through here. Bad input throws the platform's {@code ProblemException} naming the field;
 * an id of another tenant is "not found"; a decision the request's state does not allow is a conflict.
 */
@ProviderType
public interface RequestInbox {

    /**
     * What arrived on a channel; {@code sender}, {@code attachments} and {@code conversationId} may be null.
     * {@code conversationId} links the request to the channels capability's conversation it came from.
     */
    record Inbound(String channel, IntakeRequest.Sender sender, String text, List<IntakeRequest.Attachment> attachments,
            String conversationId, List<ChosenItem> items) {
        public Inbound {
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** What arrived in a conversation as free text only (the shape of version 1.4). */
        public Inbound(String channel, IntakeRequest.Sender sender, String text, List<IntakeRequest.Attachment> attachments,
                String conversationId) {
            this(channel, sender, text, attachments, conversationId, List.of());
        }

        /** What arrived outside a conversation (the shape of version 1.2). */
        public Inbound(String channel, IntakeRequest.Sender sender, String text, List<IntakeRequest.Attachment> attachments) {
            this(channel, sender, text, attachments, null, List.of());
        }
    }

    /**
     * A product the sender chose themselves (a request-for-quote form): it becomes a line of the proposal as it is,
     * with its options (option name to chosen value, in the product's order), and the free text is parsed for more.
     * An unknown SKU or option is kept as an unmatched item rather than refused: the sender's form may be older than
     * the catalog.
     *
     * @since 1.5
     */
    record ChosenItem(String sku, BigDecimal quantity, Map<String, String> options) {
        public ChosenItem {
            options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /**
     * A catalog line as staff set it; {@code options} (option name to value, may be null or empty) must be options
     * of the product with values it allows.
     */
    record LineEdit(String sku, BigDecimal quantity, Map<String, String> options) {
        public LineEdit {
            options = options == null || options.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }

        /** A line without options (the shape of version 1.5). */
        public LineEdit(String sku, BigDecimal quantity) {
            this(sku, quantity, Map.of());
        }
    }

    /** A requested item the catalog lacks, as staff set it; quantity may be null. */
    record ItemEdit(String text, BigDecimal quantity) {
    }

    /** A staff correction kept beside the parser's original proposal (both as JSON). */
    record Correction(String requestId, String channel, String language, String text, String originalJson,
            String correctedJson, String note, String correctedBy, Instant correctedAt) {
    }

    /**
     * Stores the request (committed on its own), then parses it into a proposal linked to the customer found or
     * created by the sender's email or phone. A failed parse leaves it {@code failed}, kept as received, with a
     * system message.
     */
    IntakeRequest receive(Inbound inbound);

    /**
     * A customer's message in a conversation (of the channels capability), taken at most once per {@code sourceKey}:
     * the same key again answers the request the first call made (work run again after a crash makes no second one).
     * While the conversation has a request that is not confirmed yet, the message is added to it and the whole exchange
     * is parsed again; otherwise a request is made only when the parser finds something asked for in the message, so
     * small talk ("thanks!") makes none and the answer is empty.
     *
     * @since 1.4
     */
    default Optional<IntakeRequest> intake(Inbound inbound, String sourceKey) {
        return Optional.of(receive(inbound));
    }

    /** Newest first, without proposals; {@code status} null for all; {@code beforeId} continues a page. */
    List<IntakeRequest> list(String status, String beforeId, int limit);

    /** As {@link #list(String, String, int)}, only the requests linked to {@code conversationId} when it is not null. */
    List<IntakeRequest> list(String status, String conversationId, String beforeId, int limit);

    /**
     * Which requests a list or count takes; each part null for any: a status, the channel they came by (e.g.
     * {@code webform} for the request-for-quote form) and the conversation they are linked to.
     *
     * @since 1.6
     */
    record Filter(String status, String channel, String conversationId) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** Newest first, without proposals, the requests {@code filter} takes; {@code beforeId} continues a page. @since 1.6 */
    List<IntakeRequest> list(Filter filter, String beforeId, int limit);

    /** How many requests have this status (null: all). */
    long count(String status);

    /** How many requests {@code filter} takes. @since 1.6 */
    long count(Filter filter);

    Optional<IntakeRequest> get(String id);

    /** Parses the request again (failed, proposed or review), replacing the proposal. */
    IntakeRequest reparse(String id);

    /**
     * Replaces the proposal with the staff's lines (SKUs of this catalog, priced again) and unmatched items.
     * Allowed while proposed or in review.
     */
    IntakeRequest editProposal(String id, List<LineEdit> lines, List<ItemEdit> unmatched);

    /** Confirms a proposed or reviewed request: the draft quote once quotations exist. */
    IntakeRequest confirm(String id);

    /** Marks for review with the staff's correction, keeping the original proposal beside it. */
    IntakeRequest markForReview(String id, List<LineEdit> lines, List<ItemEdit> unmatched, String note);

    /** Corrections of this workspace, oldest first, at most {@code limit}. */
    List<Correction> corrections(int limit);

    /**
     * A retention purge: deletes these requests of the bound workspace that are not confirmed, with their proposals,
     * corrections and source keys, in one transaction. Confirmed requests stay (their quote refers to them and keeps its
     * own snapshot); ids of other workspaces and unknown ids are skipped. Meant for the server's own jobs, which bind the
     * workspace; no staff role is asked for. Returns how many requests were deleted.
     *
     * @since 1.6
     */
    default int purge(Collection<String> ids) {
        throw new UnsupportedOperationException("purge");
    }
}
