package org.offerbridge.platform.internal.support;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A stored problem report. Platform data like the audit trail, so the tenant is an explicit column that
 * {@link SupportReportStore} filters by; lists are kept one entry per line (entries cannot contain line breaks).
 */
@Entity
@Table(name = "OB_SUPPORT_REPORT", indexes = @Index(name = "OB_SUPPORT_REPORT_TENANT", columnList = "tenantId,submittedAt"))
public class SupportReportEntity {
    @Id
    @Column(length = 20)
    public String id;
    @Column(nullable = false, length = 36)
    public String tenantId;
    public long submittedAt;
    @Column(length = 200)
    public String companyName;
    @Column(length = 260)
    public String reporter;
    @Column(name = "STAFF_ROLE", length = 20)
    public String role;
    @Column(length = 60)
    public String zoneId;
    // VIEW and ERROR are reserved words in Derby's SQL
    @Column(name = "VIEW_STATE", length = 500)
    public String view;
    @Column(length = 500)
    public String userAgent;
    @Column(name = "ERROR_TEXT", length = 500)
    public String error;
    @Column(length = 5100)
    public String failedRequests;
    @Column(length = 5100)
    public String recentActions;
    @Column(length = 4000)
    public String description;
    @Column(length = 40)
    public String requestId;
}
