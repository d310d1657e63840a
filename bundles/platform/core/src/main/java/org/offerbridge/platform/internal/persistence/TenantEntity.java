package org.offerbridge.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A company workspace. Global: the tenant registry itself is not tenant-scoped. */
@Entity
@Table(name = "OB_TENANT")
public class TenantEntity {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 200)
    public String companyName;
    @Column(nullable = false, length = 40)
    public String planId;
    @Column(length = 20)
    public String locale;
    @Column(length = 3)
    public String currency;
    @Column(length = 200)
    public String operatingArea;
    @Column(length = 400)
    public String address;
    @Column(length = 60)
    public String taxId;
    @Column(length = 40)
    public String phone;
    @Column(length = 200)
    public String website;
    public boolean suspended;
    public long createdAt;
    /** Only for the demo workspace: the ids of the demo seeders that ran, comma separated ("" before the first). */
    @Column(length = 1000)
    public String demoSeeded;
    /** The getting-started checklist was dismissed (null: not). Nullable so the column can be added to a filled table. */
    public Boolean checklistDismissed;
}
