package org.offerbridge.ui.shell.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.offerbridge.platform.api.admin.WorkspaceSettings;
import org.offerbridge.platform.api.onboarding.SetupCount;

/**
 * The getting-started checklist's content, apart from how it is shown: which steps, in which order for the
 * workspace's operating area, and which are done (the data exists) or not available (no capability counts them, as
 * for messenger channels today, or the plan lacks it).
 */
final class GettingStartedChecklist {
    static final String PROFILE = "profile";

    /** How the operating area chosen at registration (free text) shapes the list. */
    enum Area {
        RETAIL(List.of("retail", "shop", "store", "einzelhandel", "laden", "détail", "magasin", "minorista", "tienda",
                "розни", "магазин", "роздріб", "खुदरा", "दुकान"),
                List.of(PROFILE, SetupCount.PRODUCTS, SetupCount.CHANNELS, SetupCount.CUSTOMERS, SetupCount.QUOTES)),
        MANUFACTURING(List.of("manufactur", "factory", "fabricat", "production", "hersteller", "fertigung", "fabrication",
                "fabricación", "производ", "завод", "виробн", "निर्माण", "उत्पादन"),
                List.of(PROFILE, SetupCount.PRODUCTS, SetupCount.CUSTOMERS, SetupCount.QUOTES, SetupCount.CHANNELS)),
        DISTRIBUTION(List.of("distribut", "wholesale", "trading", "trader", "supply", "großhandel", "grosshandel", "vertrieb",
                "grossiste", "négoce", "mayorista", "distribución", "опт", "дистриб", "гурт", "थोक", "वितरण"),
                List.of(PROFILE, SetupCount.PRODUCTS, SetupCount.CUSTOMERS, SetupCount.CHANNELS, SetupCount.QUOTES)),
        GENERAL(List.of(), List.of(PROFILE, SetupCount.PRODUCTS, SetupCount.CUSTOMERS, SetupCount.CHANNELS, SetupCount.QUOTES));

        private final List<String> words;
        final List<String> order;

        Area(List<String> words, List<String> order) {
            this.words = words;
            this.order = order;
        }

        static Area of(String operatingArea) {
            if (operatingArea == null) {
                return GENERAL;
            }
            String text = operatingArea.toLowerCase(Locale.ROOT);
            for (Area area : values()) {
                if (area.words.stream().anyMatch(text::contains)) {
                    return area;
                }
            }
            return GENERAL;
        }

        /** Text keys are lower case: {@code checklist.intro.retail}. */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum State { DONE, OPEN, UNAVAILABLE }

    /** {@code view} is the admin UI view where the step is done. */
    record Step(String id, State state, String view) {
    }

    private static final Map<String, String> VIEWS = Map.of(PROFILE, "settings", SetupCount.PRODUCTS, "catalog",
            SetupCount.CUSTOMERS, "customers", SetupCount.CHANNELS, "channels", SetupCount.QUOTES, "quotes");

    private GettingStartedChecklist() {
    }

    /**
     * @param counts the steps some installed capability the plan includes counts, with their counts; a step missing
     *               here is not available
     */
    static List<Step> steps(Area area, boolean profileComplete, Map<String, Long> counts) {
        return area.order.stream().map(id -> {
            State state;
            if (PROFILE.equals(id)) {
                state = profileComplete ? State.DONE : State.OPEN;
            } else if (!counts.containsKey(id)) {
                state = State.UNAVAILABLE;
            } else {
                state = counts.get(id) > 0 ? State.DONE : State.OPEN;
            }
            return new Step(id, state, VIEWS.get(id));
        }).toList();
    }

    /** The company profile is set up once the documents can show where the company is and how to reach it. */
    static boolean profileComplete(WorkspaceSettings.Profile p) {
        return filled(p.address()) && (filled(p.phone()) || filled(p.taxId()));
    }

    /** Every step that can be done is done: the checklist has nothing left to say. */
    static boolean complete(List<Step> steps) {
        return steps.stream().allMatch(s -> s.state() != State.OPEN);
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }
}
