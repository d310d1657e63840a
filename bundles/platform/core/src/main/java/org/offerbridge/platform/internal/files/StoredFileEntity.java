package org.offerbridge.platform.internal.files;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** A stored file's metadata; the bytes are in {@code <directory>/<tenant>/<id>}. */
@Entity
@Table(name = "OB_FILE", indexes = @Index(name = "OB_FILE_PURPOSE_IX", columnList = "PURPOSE,CREATED_AT"))
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class StoredFileEntity {
    @Id
    @Column(name = "ID", length = 32)
    public String id;
    @Column(name = "PURPOSE", nullable = false, length = 40)
    public String purpose;
    @Column(name = "FILE_NAME", nullable = false, length = 500)
    public String name;
    @Column(name = "CONTENT_TYPE", nullable = false, length = 120)
    public String contentType;
    @Column(name = "FILE_SIZE")
    public long size;
    @Column(name = "SHA256", length = 64)
    public String sha256;
    @Column(name = "CREATED_AT")
    public long createdAt;
}
