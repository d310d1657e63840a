/** Background work over state that lives in the database: outboxes and queues polled by due time. */
@Export
@Version("1.2.0")
package org.offerbridge.platform.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
