package org.customerhub.mastering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.Instant;

/** One person: the golden record, its customer number, and whether it was merged into another master. */
@Entity
@Table(name = "master_record")
public class MasterRecord {
    public enum Status { ACTIVE, MERGED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "master_id")
    @SequenceGenerator(name = "master_id", sequenceName = "master_id_seq", allocationSize = 1)
    private Long id;
    @Column(name = "customer_number", nullable = false, unique = true)
    private String customerNumber;
    @Column(nullable = false)
    private String status;
    @Column(name = "merged_into_id")
    private Long mergedIntoId;
    @Column(nullable = false, length = 200000)
    private String golden;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private CustomerNumberScheme numbering;

    public MasterRecord() {
        this.status = Status.ACTIVE.name();
        this.golden = "{}";
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** A new master, numbered by the scheme in force when it is first saved. */
    MasterRecord(CustomerNumberScheme numbering) {
        this();
        this.numbering = numbering;
    }

    /** The id comes from a sequence that never reuses values, so the number derived from it never is reused either. */
    @PrePersist
    void assignCustomerNumber() {
        if (customerNumber == null) customerNumber = numbering == null ? CustomerNumber.forSequence(id).value() : numbering.format(id);
    }

    public boolean isActive() {
        return Status.ACTIVE.name().equals(status);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCustomerNumber() { return customerNumber; }
    public void setCustomerNumber(String customerNumber) { this.customerNumber = customerNumber; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public void setMergedIntoId(Long mergedIntoId) { this.mergedIntoId = mergedIntoId; }
    public String getGolden() { return golden; }
    public void setGolden(String golden) { this.golden = golden; }
    public long getLockVersion() { return lockVersion; }
    public void setLockVersion(long lockVersion) { this.lockVersion = lockVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
