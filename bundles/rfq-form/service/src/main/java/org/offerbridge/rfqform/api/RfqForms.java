package org.offerbridge.rfqform.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The request-for-quote form of the workspace bound in the platform's RequestContext. Admins read and change it
 * (a 403 {@code ProblemException} for other roles); a value that breaks a rule is a 400 naming the field. Enabling the
 * form the first time makes the workspace's {@code webform} channel, which counts against the plan's channels quota.
 */
@ProviderType
public interface RfqForms {

    FormSettings settings();

    FormSettings update(FormSettingsChange change);
}
