package org.offerbridge.channels.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.offerbridge.channels.api.Conversation;
import org.offerbridge.channels.api.ConversationService;
import org.offerbridge.channels.api.Message;
import org.offerbridge.channels.api.MessageAttachments;
import org.offerbridge.parser.api.IntakeRequest;
import org.offerbridge.parser.api.RequestInbox;
import org.offerbridge.platform.api.StaffDirectory;
import org.offerbridge.platform.api.rest.ProblemException;
import org.offerbridge.ui.api.Html;
import org.offerbridge.ui.api.ProblemTexts;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.Times;
import org.offerbridge.ui.api.UiSession;
import org.offerbridge.ui.api.ViewPage;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.server.Page;
import com.vaadin.shared.Registration;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A first Conversations view: the list (contact, channel, last message, unread in bold, owner, state) with the
 * state/unread/mine filters, paged by the service's key; the selected conversation's messages as in/out bubbles with
 * their delivery status, the requests made from it, and a reply box for its owner (Enter sends, Shift+Enter is a new
 * line) or a Take button for others. While the view is open the UI polls, so new messages appear without a reload.
 */
final class ConversationsView extends ViewPage {
    private static final long serialVersionUID = 1L;
    static final String NAME = "conversations";
    /** A link's parameter that names a message rather than a conversation. */
    static final String MESSAGE_LINK = "message/";
    static final int PAGE = 50;
    static final int MAX_MESSAGES = 500;
    static final int POLL_MILLIS = 3000;
    /**
     * Enter sends, Shift+Enter is a new line. Vaadin's text area keeps a plain Enter from reaching shortcut listeners,
     * so a small key handler on the element clicks the send button instead (added once per element).
     */
    private static final String ENTER_SENDS = "(function(){var a=document.getElementById('conversation-reply');"
            + "if(!a||a.obEnterSends)return;a.obEnterSends=true;a.addEventListener('keydown',function(e){"
            + "if(e.key==='Enter'&&!e.shiftKey&&!e.isComposing){e.preventDefault();"
            + "var b=document.getElementById('conversation-send');if(b)b.click();}});})()";
    private static final String CSS = ".ob-unread td{font-weight:bold}"
            + ".ob-messages{max-height:420px;overflow-y:auto;border:1px solid #ddd;border-radius:4px;padding:8px}"
            + ".ob-bubble{display:block;width:fit-content;padding:6px 10px;border-radius:10px;max-width:75%;white-space:normal}"
            + ".ob-bubble-in{background:#f0f0f0}"
            + ".ob-bubble-out{background:#dbeafe;margin-left:auto}"
            + ".ob-bubble .ob-meta{font-size:11px;color:#666}"
            + ".ob-bubble>.v-label{display:block;white-space:normal}";

    private final transient UiSession session;
    private final transient ConversationService conversations;
    private final transient RequestInbox requests;
    private final transient StaffDirectory staff;
    private final transient MessageFiles files;
    /** Owners' names by user id, read once per view. */
    private final Map<String, String> ownerNames = new HashMap<>();
    private final Texts t;
    private final Times times;
    private final ComboBox<String> state = new ComboBox<>();
    private final CheckBox unreadOnly = new CheckBox();
    private final CheckBox mineOnly = new CheckBox();
    private final Grid<Conversation> grid = new Grid<>();
    private final Button more = new Button();
    private final Label summary = new Label();
    private final VerticalLayout detail = new VerticalLayout();
    private final Label detailTitle = new Label();
    private final Label contactLine = new Label();
    private final HorizontalLayout requestLinks = new HorizontalLayout();
    private final VerticalLayout messages = new VerticalLayout();
    private final TextArea reply = new TextArea();
    private final Button send = new Button();
    private final Button take = new Button();
    private final Label cannotReply = new Label();
    private final List<Conversation> loaded = new ArrayList<>();
    private List<Message> shownMessages = List.of();
    private String nextKey;
    private Conversation current;
    private Registration poll;

    ConversationsView(UiSession session, ConversationService conversations, RequestInbox requests, StaffDirectory staff,
            MessageAttachments attachments) {
        super(NAME, Texts.of(ConversationsViewContribution.class, session.locale()).get("conversations.menu"));
        this.session = session;
        this.conversations = conversations;
        this.requests = requests;
        this.staff = staff;
        this.t = Texts.of(ConversationsViewContribution.class, session.locale());
        this.times = Times.of(session);
        this.files = new MessageFiles(session, attachments, t);

        state.setId("conversations-state");
        state.setItems(Conversation.OPEN, Conversation.CLOSED);
        state.setItemCaptionGenerator(s -> t.get("state." + s));
        state.setPlaceholder(t.get("state.all"));
        state.setTextInputAllowed(false);
        state.setValue(Conversation.OPEN);
        state.addValueChangeListener(e -> reload());
        unreadOnly.setId("conversations-unread");
        unreadOnly.setCaption(t.get("filter.unread"));
        unreadOnly.addValueChangeListener(e -> reload());
        mineOnly.setId("conversations-mine");
        mineOnly.setCaption(t.get("filter.mine"));
        mineOnly.addValueChangeListener(e -> reload());
        HorizontalLayout filters = new HorizontalLayout(state, unreadOnly, mineOnly);
        filters.setDefaultComponentAlignment(com.vaadin.ui.Alignment.MIDDLE_LEFT);
        summary.setId("conversations-summary");

        grid.setId("conversations-grid");
        grid.addColumn(c -> contactText(c.contact())).setCaption(t.get("contact")).setId("contact").setExpandRatio(1);
        grid.addColumn(c -> channelText(t, c.channel())).setCaption(t.get("channel")).setId("channel").setWidth(220);
        grid.addColumn(c -> c.lastMessageAt() == null ? "" : times.dateTime(c.lastMessageAt())).setCaption(t.get("lastMessage")).setWidth(210);
        grid.addColumn(this::ownerText).setCaption(t.get("owner")).setWidth(180);
        grid.addColumn(c -> t.get("state." + c.state())).setCaption(t.get("state")).setWidth(110);
        grid.setStyleGenerator(c -> c.unread() ? "ob-unread" : null);
        grid.setWidth("100%");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isUserOriginated()) {
                open(e.getValue());
            }
        });
        more.setCaption(t.get("more"));
        more.setId("conversations-more");
        more.addStyleName(ValoTheme.BUTTON_LINK);
        more.addClickListener(e -> loadMore());

        detailTitle.setId("conversation-title");
        detailTitle.addStyleName(ValoTheme.LABEL_H3);
        detailTitle.addStyleName(ValoTheme.LABEL_NO_MARGIN);
        contactLine.setId("conversation-contact");
        contactLine.addStyleName(ValoTheme.LABEL_LIGHT);
        requestLinks.setId("conversation-requests");
        messages.setId("conversation-messages");
        messages.addStyleName("ob-messages");
        messages.setWidth("100%");
        messages.setMargin(false);
        messages.setSpacing(true);
        reply.setId("conversation-reply");
        reply.setPlaceholder(t.get("reply.placeholder"));
        reply.setRows(3);
        reply.setWidth("100%");
        // every key reaches the server at once, so the send button always sends what was typed (Enter clicks it)
        reply.setValueChangeMode(ValueChangeMode.EAGER);
        send.setCaption(t.get("send"));
        send.setIcon(VaadinIcons.PAPERPLANE);
        send.setId("conversation-send");
        send.addStyleName(ValoTheme.BUTTON_PRIMARY);
        send.addClickListener(e -> sendReply());
        take.setCaption(t.get("take"));
        take.setId("conversation-take");
        take.addClickListener(e -> takeCurrent());
        cannotReply.setId("conversation-cannot-reply");
        cannotReply.addStyleName(ValoTheme.LABEL_FAILURE);
        cannotReply.setWidth("100%");
        cannotReply.setVisible(false);
        HorizontalLayout replyRow = new HorizontalLayout(reply, send);
        replyRow.setWidth("100%");
        replyRow.setExpandRatio(reply, 1);
        replyRow.setDefaultComponentAlignment(com.vaadin.ui.Alignment.BOTTOM_LEFT);
        detail.setId("conversation-detail");
        detail.setMargin(false);
        detail.addComponents(detailTitle, contactLine, requestLinks, messages, take, replyRow, cannotReply);
        detail.setVisible(false);

        addComponents(filters, summary, grid, more, detail);
        reload();
    }

    @Override
    public void attach() {
        super.attach();
        UI ui = getUI();
        Page.getCurrent().getStyles().add(CSS + MessageFiles.CSS);
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> poll());
    }

    @Override
    public void detach() {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        getUI().setPollInterval(-1);
        super.detach();
    }

    private ConversationService.Filter filter() {
        return new ConversationService.Filter(state.getValue(), unreadOnly.getValue() ? Boolean.TRUE : null, null,
                mineOnly.getValue() ? "me" : null, null, null, null, null);
    }

    /** The list from the start, as many rows as {@code rows} (at least a page), keeping the selection. */
    private void reload() {
        fill(Math.max(PAGE, loaded.size()), false);
    }

    private void fill(int rows, boolean onlyWhenChanged) {
        ConversationService.Filter f = filter();
        List<Conversation> fresh = new ArrayList<>();
        String[] key = {null};
        boolean[] full = {false};
        session.run(() -> {
            while (fresh.size() < rows) {
                int want = Math.min(PAGE, rows - fresh.size());
                List<Conversation> page = conversations.list(f, key[0], want);
                fresh.addAll(page);
                full[0] = page.size() == want;
                if (!full[0]) {
                    break;
                }
                key[0] = conversations.pageKey(page.get(page.size() - 1));
            }
        });
        nextKey = full[0] ? key[0] : null;
        more.setVisible(nextKey != null);
        if (onlyWhenChanged && fresh.equals(loaded)) {
            return;
        }
        loaded.clear();
        loaded.addAll(fresh);
        showList();
    }

    private void loadMore() {
        if (nextKey == null) {
            return;
        }
        ConversationService.Filter f = filter();
        String after = nextKey;
        List<Conversation> page = session.call(() -> conversations.list(f, after, PAGE));
        loaded.addAll(page);
        nextKey = page.size() == PAGE ? session.call(() -> conversations.pageKey(page.get(page.size() - 1))) : null;
        more.setVisible(nextKey != null);
        showList();
    }

    private void showList() {
        summary.setValue(t.get("conversations.summary", loaded.size()));
        grid.setItems(loaded);
        grid.setHeightByRows(Math.max(3, Math.min(10, loaded.size())));
        if (current != null) {
            loaded.stream().filter(c -> c.id().equals(current.id())).findFirst().ifPresent(grid::select);
        }
    }

    private void poll() {
        try {
            if (current != null) {
                String id = current.id();
                session.call(() -> conversations.get(id)).ifPresentOrElse(c -> {
                    // the staff member is looking at it: what arrives now is read
                    Conversation seen = c.unread() ? session.call(() -> conversations.markRead(id)) : c;
                    boolean changed = !seen.equals(current);
                    current = seen;
                    showMessages(changed);
                }, () -> open(null));
            }
            fill(Math.max(PAGE, loaded.size()), true);
        } catch (RuntimeException e) {
            // one notification, not one every few seconds: stop polling until the view is opened again
            getUI().setPollInterval(-1);
            session.notifyError(e);
        }
    }

    /**
     * Opens what a link names: {@code conversations/<id>}, or {@code conversations/message/<id>} (the request-for-quote
     * form's notification links its message this way): the request that message made when there is one, else its
     * conversation. Another workspace's ids are not found, as missing ones are.
     */
    @Override
    public void enter(ViewChangeEvent event) {
        String p = event.getParameters() == null ? "" : event.getParameters().strip();
        if (p.isEmpty()) {
            return;
        }
        String conversationId = p;
        if (p.startsWith(MESSAGE_LINK)) {
            Optional<ConversationService.MessagePlace> place = session.call(() -> conversations.placeOf(p.substring(MESSAGE_LINK.length())));
            if (place.isPresent() && place.get().requestId() != null) {
                session.navigateTo("requests", place.get().requestId());
                return;
            }
            conversationId = place.map(ConversationService.MessagePlace::conversationId).orElse(null);
        }
        String id = conversationId;
        Optional<Conversation> c = id == null ? Optional.empty() : session.call(() -> conversations.get(id));
        if (c.isEmpty()) {
            session.notifyError(t.get("link.notFound"));
            return;
        }
        grid.asSingleSelect().setValue(null);
        open(c.get());
    }

    /** Shows {@code c}'s messages and marks it read. */
    void open(Conversation c) {
        current = c;
        shownMessages = List.of();
        if (c == null) {
            detail.setVisible(false);
            return;
        }
        if (c.unread()) {
            session.call(() -> conversations.markRead(c.id()));
        }
        current = session.call(() -> conversations.get(c.id())).orElse(c);
        detail.setVisible(true);
        detailTitle.setValue(t.get("conversation.title", contactText(current.contact()), channelText(t, current.channel())));
        Conversation.Contact who = current.contact();
        contactLine.setValue(who == null ? "" : java.util.stream.Stream.of(who.name(), who.email(), who.phone(), who.handle())
                .filter(v -> v != null && !v.isBlank()).distinct().collect(java.util.stream.Collectors.joining(" · ")));
        showRequests();
        showWhyNoReply();
        reply.clear();
        showMessages(true);
        JavaScript.getCurrent().execute(ENTER_SENDS);
        fill(Math.max(PAGE, loaded.size()), true);
    }

    /** Says before anyone writes when the channel cannot take a reply now (a closed WhatsApp window without a template). */
    private void showWhyNoReply() {
        Optional<String> why = session.call(() -> conversations.cannotReply(current.id()));
        cannotReply.setVisible(why.isPresent());
        why.ifPresent(reason -> cannotReply.setValue(t.get("reply.blocked", reason)));
    }

    private void showRequests() {
        requestLinks.removeAllComponents();
        String id = current.id();
        List<IntakeRequest> made;
        try {
            made = session.call(() -> requests.list(null, id, null, 20));
        } catch (ProblemException e) {
            // a plan without the parser: no links to show
            made = List.of();
        }
        if (made.isEmpty()) {
            return;
        }
        requestLinks.addComponent(new Label(t.get("requests")));
        for (IntakeRequest r : made) {
            String status = t.has("request.status." + r.status()) ? t.get("request.status." + r.status()) : r.status();
            Button link = new Button(t.get("request.link", times.dateTime(r.receivedAt()), status),
                    e -> session.navigateTo("requests", r.id()));
            link.setId("conversation-request-" + r.id());
            link.addStyleName(ValoTheme.BUTTON_LINK);
            requestLinks.addComponent(link);
        }
    }

    private void showMessages(boolean ownerMayHaveChanged) {
        String id = current.id();
        List<Message> list = new ArrayList<>();
        session.run(() -> {
            String after = null;
            while (list.size() < MAX_MESSAGES) {
                List<Message> page = conversations.messages(id, after, 100);
                list.addAll(page);
                if (page.size() < 100) {
                    break;
                }
                after = page.get(page.size() - 1).id();
            }
        });
        boolean mine = Objects.equals(current.ownerId(), session.principal().userId()) && current.ownerId() != null;
        take.setVisible(!mine);
        reply.setEnabled(mine);
        send.setEnabled(mine);
        if (list.equals(shownMessages) && !ownerMayHaveChanged) {
            return;
        }
        shownMessages = List.copyOf(list);
        messages.removeAllComponents();
        for (Message m : list) {
            messages.addComponent(bubble(m));
        }
        if (!list.isEmpty()) {
            UI.getCurrent().scrollIntoView(messages.getComponent(messages.getComponentCount() - 1));
        }
    }

    /** The message's text, its files (see {@link MessageFiles}) and a line with its time and, going out, its status. */
    private CssLayout bubble(Message m) {
        boolean in = Message.IN.equals(m.direction());
        Label text = new Label(Html.escapeLines(m.text() == null ? "" : m.text()), ContentMode.HTML);
        text.setWidthUndefined();
        StringBuilder meta = new StringBuilder(Html.escape(times.dateTime(m.sentAt() != null ? m.sentAt() : m.receivedAt())));
        if (!in) {
            meta.append(' ').append(statusIcon(m.status())).append(' ')
                    .append(Html.escape(t.has("message." + m.status()) ? t.get("message." + m.status()) : m.status()));
            if (m.failure() != null) {
                meta.append(" – ").append(Html.escape(m.failure()));
            }
        }
        Label metaLine = new Label(meta.toString(), ContentMode.HTML);
        metaLine.addStyleName("ob-meta");
        metaLine.setWidthUndefined();
        CssLayout bubble = new CssLayout(text);
        files.rows(m).forEach(bubble::addComponent);
        bubble.addComponent(metaLine);
        bubble.setId("message-" + m.id());
        bubble.addStyleName("ob-bubble");
        bubble.addStyleName(in ? "ob-bubble-in" : "ob-bubble-out");
        return bubble;
    }

    private static String statusIcon(String status) {
        VaadinIcons icon = switch (status == null ? "" : status) {
            case Message.QUEUED -> VaadinIcons.CLOCK;
            case Message.SENT -> VaadinIcons.CHECK;
            case Message.DELIVERED -> VaadinIcons.CHECK_CIRCLE_O;
            case Message.READ -> VaadinIcons.CHECK_CIRCLE;
            case Message.FAILED -> VaadinIcons.WARNING;
            default -> VaadinIcons.QUESTION_CIRCLE_O;
        };
        return icon.getHtml();
    }

    private void takeCurrent() {
        if (current == null) {
            return;
        }
        String id = current.id();
        Conversation[] taken = new Conversation[1];
        if (session.attempt(() -> taken[0] = conversations.take(id))) {
            current = taken[0];
            showMessages(true);
            reply.focus();
            fill(Math.max(PAGE, loaded.size()), true);
        }
    }

    private void sendReply() {
        if (current == null || !send.isEnabled()) {
            return;
        }
        String text = reply.getValue() == null ? "" : reply.getValue().strip();
        if (text.isEmpty()) {
            return;
        }
        String id = current.id();
        cannotReply.setVisible(false);
        try {
            session.call(() -> conversations.reply(id, text));
        } catch (ProblemException e) {
            // the service's reason (not the owner, a channel that cannot reply) next to the box
            session.noteFailure(e);
            cannotReply.setValue(ProblemTexts.of(e, session.locale()));
            cannotReply.setVisible(true);
            return;
        }
        reply.clear();
        showMessages(false);
        reply.focus();
    }

    private String ownerText(Conversation c) {
        if (c.ownerId() == null) {
            return "";
        }
        if (c.ownerId().equals(session.principal().userId())) {
            return t.get("owner.me");
        }
        return ownerNames.computeIfAbsent(c.ownerId(), id -> session.call(() -> staff.find(id))
                .map(m -> m.displayName() == null || m.displayName().isBlank() ? m.email() : m.displayName())
                .orElse(t.get("owner.other")));
    }

    /** "Name (Kind)"; a channel the service could not name (gone meanwhile) shows what is known, never "null". */
    static String channelText(Texts t, Conversation.ChannelRef channel) {
        if (channel == null || channel.kind() == null) {
            return channel == null || channel.name() == null ? "–" : channel.name();
        }
        String kind = ChannelsView.kindCaption(t, channel.kind());
        return channel.name() == null ? kind : channel.name() + " (" + kind + ")";
    }

    private String contactText(Conversation.Contact contact) {
        if (contact == null) {
            return t.get("contact.unknown");
        }
        for (String s : new String[] {contact.name(), contact.handle(), contact.email(), contact.phone()}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return t.get("contact.unknown");
    }
}
