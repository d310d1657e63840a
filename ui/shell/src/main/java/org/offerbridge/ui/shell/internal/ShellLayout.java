package org.offerbridge.ui.shell.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.offerbridge.platform.api.SystemMessageLog;
import org.offerbridge.ui.api.Texts;
import org.offerbridge.ui.api.ViewContribution;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener;
import com.vaadin.navigator.ViewProvider;
import com.vaadin.server.Responsive;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The logged-in frame: a Valo side menu of the view contributions this user may open, a header (workspace,
 * system-messages badge, user, logout) and the navigator's content area. The menu is rebuilt on every
 * navigation, so views of features installed or uninstalled meanwhile appear or vanish.
 */
final class ShellLayout extends HorizontalLayout {
    private static final long serialVersionUID = 1L;
    static final String DEFAULT_VIEW = "dashboard";
    static final String SYSTEM_MESSAGES_VIEW = "system-messages";
    private static final String SYSTEM_MESSAGES_CAPABILITY = "system-messages";
    /** Browser functions of this UI: open "Report a problem" (from an error notification), note a button click. */
    static final String REPORT_FUNCTION = "obReportProblem";
    static final String CLICK_FUNCTION = "obNoteClick";
    /**
     * Notes clicks on buttons and menu items for the report: the element id, else its caption, never a field's value.
     * Capture phase, so the click is noted before the action it starts.
     */
    private static final String CLICK_LISTENER = "if(!window.obClicksNoted){window.obClicksNoted=true;"
            + "document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('.v-button,.valo-menu-item');"
            + "if(b&&window." + CLICK_FUNCTION + "){window." + CLICK_FUNCTION + "(b.id||(b.textContent||'').trim().substring(0,60));}},true);"
            // An open error notification stops every event at the window (Vaadin's event preview) before it reaches the
            // button inside it; a capture listener on the window itself still runs.
            + "var r=function(e){var t=e.target;if(t&&t.closest&&t.closest('.ob-report-problem')&&window." + REPORT_FUNCTION + ")"
            + "{if(e.type==='mousedown'||e.key==='Enter'||e.key===' '){window." + REPORT_FUNCTION + "();}}};"
            + "window.addEventListener('mousedown',r,true);window.addEventListener('keydown',r,true);}";

    private final transient ShellServices services;
    private final StaffUiSession session;
    private final Texts t;
    private final CssLayout menuItems = new CssLayout();
    private final Label workspaceName = new Label();
    private final Button badge = new Button();
    private final Map<String, Button> menuButtons = new HashMap<>();

    ShellLayout(ShellUI ui, ShellServices services, StaffUiSession session, boolean navigate) {
        this.services = services;
        this.session = session;
        this.t = ShellTexts.of(session.locale());
        setSizeFull();
        setSpacing(false);
        ui.addStyleName(ValoTheme.UI_WITH_MENU);
        Responsive.makeResponsive(ui);

        // Side menu
        CssLayout menuArea = new CssLayout();
        menuArea.setPrimaryStyleName(ValoTheme.MENU_ROOT);
        CssLayout menu = new CssLayout();
        menu.addStyleName(ValoTheme.MENU_PART);
        HorizontalLayout top = new HorizontalLayout();
        top.setWidth("100%");
        top.addStyleName(ValoTheme.MENU_TITLE);
        Label title = new Label(t.get("app.title"));
        top.addComponent(title);
        menu.addComponent(top);
        menuItems.setPrimaryStyleName("valo-menuitems");
        menuItems.setId("menu");
        menu.addComponent(menuItems);
        menuArea.addComponent(menu);

        // Header
        workspaceName.addStyleName("ob-workspace");
        workspaceName.setId("header-workspace");
        badge.setId("header-system-messages");
        badge.setIcon(VaadinIcons.WARNING);
        badge.addStyleName(ValoTheme.BUTTON_SMALL);
        badge.addStyleName(ValoTheme.BUTTON_DANGER);
        badge.setVisible(false);
        badge.addClickListener(e -> ui.getNavigator().navigateTo(SYSTEM_MESSAGES_VIEW));
        workspaceName.setValue(session.call(() -> services.settings().profile().companyName()));
        // Every role reaches its own preferences (language, time zone) from its name.
        Button user = new Button(userLabel(), e -> ui.addWindow(new PreferencesDialog(services.staffAdmin(), session, () -> ui.getPage().reload())));
        user.setId("header-user");
        user.setIcon(VaadinIcons.USER);
        user.setDescription(t.get("preferences.title"));
        user.addStyleName(ValoTheme.BUTTON_BORDERLESS);
        user.addStyleName(ValoTheme.BUTTON_SMALL);
        Button logout = new Button(t.get("header.logout"), e -> ui.logout());
        logout.setId("logout");
        logout.setIcon(VaadinIcons.SIGN_OUT);
        logout.addStyleName(ValoTheme.BUTTON_SMALL);
        // Everyone can report a problem, from the header and from every error notification.
        Button report = new Button(t.get("support.title"), e -> session.reportProblem());
        report.setId("header-report-problem");
        report.setIcon(VaadinIcons.QUESTION_CIRCLE_O);
        report.addStyleName(ValoTheme.BUTTON_BORDERLESS);
        report.addStyleName(ValoTheme.BUTTON_SMALL);
        JavaScript js = ui.getPage().getJavaScript();
        js.addFunction(REPORT_FUNCTION, args -> session.reportProblem());
        js.addFunction(CLICK_FUNCTION, args -> session.noteAction("click " + (args.length() > 0 ? args.getString(0) : "")));
        js.execute(CLICK_LISTENER);
        HorizontalLayout header = new HorizontalLayout(workspaceName, badge, report, user, logout);
        header.addStyleName("ob-header");
        header.setWidth("100%");
        header.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
        header.setExpandRatio(workspaceName, 1);

        CssLayout viewContainer = new CssLayout();
        viewContainer.setSizeFull();
        viewContainer.addStyleName("v-scrollable");
        VerticalLayout contentArea = new VerticalLayout(header, viewContainer);
        contentArea.setSizeFull();
        contentArea.setMargin(false);
        contentArea.setSpacing(false);
        contentArea.setExpandRatio(viewContainer, 1);

        addComponents(menuArea, contentArea);
        setExpandRatio(contentArea, 1);

        Navigator navigator = new Navigator(ui, viewContainer);
        navigator.addProvider(new ContributionViewProvider());
        navigator.addViewChangeListener(new ViewChangeListener() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean beforeViewChange(ViewChangeEvent event) {
                if (!session.refresh()) {
                    throw new StaffUiSession.SessionEndedException();
                }
                return true;
            }

            @Override
            public void afterViewChange(ViewChangeEvent event) {
                session.noteAction("open " + event.getNavigator().getState());
                rebuildMenu(event.getViewName());
                updateBadge();
                ui.getPage().setTitle(menuButtons.containsKey(event.getViewName())
                        ? menuButtons.get(event.getViewName()).getCaption() + " · Offerbridge" : "Offerbridge");
            }
        });
        ui.setNavigator(navigator);
        rebuildMenu(null);
        if (navigate) {
            // Inside UI.init Vaadin navigates to the URI fragment itself; after a login we do.
            navigator.navigateTo(navigator.getState());
        }
    }

    private String userLabel() {
        String id = session.principal().userId();
        String name = session.call(() -> services.staff().find(id)
                .map(m -> m.displayName() != null && !m.displayName().isBlank() ? m.displayName() : m.email()).orElse(""));
        return name + " (" + t.get("role." + session.principal().role().id()) + ")";
    }

    private void rebuildMenu(String current) {
        menuItems.removeAllComponents();
        menuButtons.clear();
        List<ViewContribution> visible = services.views().visibleTo(session.principal());
        for (ViewContribution c : visible) {
            Button b = new Button(c.caption(session.locale()), e -> getUI().getNavigator().navigateTo(c.viewName()));
            b.setPrimaryStyleName(ValoTheme.MENU_ITEM);
            b.setIcon(c.icon());
            b.setId("menu-" + c.viewName());
            if (c.viewName().equals(current)) {
                b.addStyleName("selected");
            }
            menuButtons.put(c.viewName(), b);
            menuItems.addComponent(b);
        }
    }

    private void updateBadge() {
        Optional<SystemMessageLog> log = services.systemMessages().get();
        if (log.isEmpty() || !services.capabilities().allows(session.principal(), SYSTEM_MESSAGES_CAPABILITY)) {
            badge.setVisible(false);
            return;
        }
        long open;
        try {
            open = session.call(() -> log.get().countOpen());
        } catch (RuntimeException e) {
            // The feature is being uninstalled right now: no badge rather than an error.
            badge.setVisible(false);
            return;
        }
        badge.setVisible(open > 0);
        badge.setCaption(Long.toString(open));
        badge.setDescription(t.get("header.systemMessages", open));
    }

    /** Resolves the navigator state's first segment to a contribution the user may open, else "not available". */
    private final class ContributionViewProvider implements ViewProvider {
        private static final long serialVersionUID = 1L;

        @Override
        public String getViewName(String state) {
            String s = state == null ? "" : state.strip();
            int slash = s.indexOf('/');
            String name = slash < 0 ? s : s.substring(0, slash);
            return name.isEmpty() ? DEFAULT_VIEW : name;
        }

        @Override
        public View getView(String viewName) {
            return services.views().find(viewName, session.principal())
                    .map(c -> c.createView(session))
                    .orElseGet(() -> new NotAvailableView(t, viewName));
        }
    }
}
