package org.customerhub.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An active master's household key, and its household while enough masters share the key. */
@Entity
@Table(name = "master_household")
public class MasterHousehold {
    @Id
    @Column(name = "master_id")
    private Long masterId;
    @Column(name = "customer_number", nullable = false)
    private String customerNumber;
    @Column(name = "household_key", length = 1000)
    private String householdKey;
    @Column(name = "household_id")
    private Long householdId;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public MasterHousehold() {
    }

    MasterHousehold(long masterId) {
        this.masterId = masterId;
    }

    public Long getMasterId() { return masterId; }
    public void setMasterId(Long masterId) { this.masterId = masterId; }
    public String getCustomerNumber() { return customerNumber; }
    public void setCustomerNumber(String customerNumber) { this.customerNumber = customerNumber; }
    public String getHouseholdKey() { return householdKey; }
    public void setHouseholdKey(String householdKey) { this.householdKey = householdKey; }
    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
