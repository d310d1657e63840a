package org.offerbridge.parser.internal.intake;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.offerbridge.platform.api.persistence.TenantColumn;

/** A request marked for review: the parser's original proposal next to the staff's correction. */
@Entity
@Table(name = "OB_PARSE_CORRECTION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = TenantColumn.NAME, contextProperty = TenantColumn.PROPERTY, length = TenantColumn.LENGTH)
public class CorrectionEntity {
    /** Sortable: zero-padded creation millis and a random suffix. */
    @Id
    @Column(length = 60)
    public String id;
    @Column(nullable = false, length = 60)
    public String requestId;
    /** JSON: the proposal as the parser made it. */
    @Lob
    public String original;
    /** JSON: the lines and unmatched items as staff corrected them. */
    @Lob
    public String corrected;
    @Column(length = 1000)
    public String note;
    @Column(length = 80)
    public String correctedBy;
    public long createdAt;
}
