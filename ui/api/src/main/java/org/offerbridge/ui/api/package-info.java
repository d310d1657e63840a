/**
 * The admin UI's contribution SPI. A capability bundle registers {@link org.offerbridge.ui.api.ViewContribution}
 * services; the shell shows each one in its menu while the service is registered, the tenant's plan includes
 * its capability and the user's role suffices. Views reach tenant-scoped services through
 * {@link org.offerbridge.ui.api.UiSession}, which binds the logged-in principal. The kit every view uses:
 * {@link org.offerbridge.ui.api.ViewPage}, {@link org.offerbridge.ui.api.Texts}, {@link org.offerbridge.ui.api.ConfirmDialog},
 * {@link org.offerbridge.ui.api.FieldErrors} and {@link org.offerbridge.ui.api.ProblemTexts} (service problems shown on
 * their field, in the user's language), {@link org.offerbridge.ui.api.Html}, {@link org.offerbridge.ui.api.Times},
 * {@link org.offerbridge.ui.api.Decimals}, {@link org.offerbridge.ui.api.SearchBox} and
 * {@link org.offerbridge.ui.api.KeysetDataProvider}. {@link org.offerbridge.ui.api.UiSession#reportProblem()} and
 * {@link org.offerbridge.ui.api.UiSession#noteAction} feed the in-app "Report a problem".
 */
@Export
@Version("1.5.0")
package org.offerbridge.ui.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
