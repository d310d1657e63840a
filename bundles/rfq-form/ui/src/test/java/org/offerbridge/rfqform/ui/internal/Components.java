package org.offerbridge.rfqform.ui.internal;

import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;

/** Finds components of a view or dialog by id, as a browser test would. */
final class Components {
    private Components() {
    }

    @SuppressWarnings("unchecked")
    static <C extends Component> C find(Component root, String id) {
        if (id.equals(root.getId())) {
            return (C) root;
        }
        if (root instanceof HasComponents parent) {
            for (Component c : parent) {
                C found = find(c, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
