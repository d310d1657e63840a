package org.offerbridge.platform.internal.files;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The file store, shipped as etc/org.offerbridge.platform.files.cfg. */
@ObjectClassDefinition(name = "Offerbridge files", description = "Where workspaces' files are kept and how large they may be")
public @interface FilesConfig {
    String PID = "org.offerbridge.platform.files";

    @AttributeDefinition(description = "Folder of the files, one subfolder per workspace; empty for <karaf.data>/files")
    String directory() default "";

    @AttributeDefinition(description = "Largest file, in bytes (default 16 MiB)")
    long maxFileBytes() default 16L * 1024 * 1024;

    @AttributeDefinition(description = "Largest total of the files of one message or form, in bytes (default 32 MiB)")
    long maxMessageBytes() default 32L * 1024 * 1024;
}
