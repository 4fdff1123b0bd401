package org.customerhub.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.customerhub.mastering.CustomerNumber;

import java.time.Instant;

/** The masters sharing one household key, under a number of their own ("H0000012-5"), never reused. */
@Entity
@Table(name = "household")
public class Household {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_id")
    @SequenceGenerator(name = "household_id", sequenceName = "household_id_seq", allocationSize = 1)
    private Long id;
    @Column(name = "household_number", nullable = false, unique = true)
    private String householdNumber;
    @Column(name = "household_key", nullable = false, unique = true, length = 1000)
    private String householdKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    public Household() {
    }

    Household(String householdKey) {
        this.householdKey = householdKey;
        this.createdAt = Instant.now();
    }

    /** Like customer numbers: from a never-reusing sequence, with a Luhn check digit, but starting with H. */
    @PrePersist
    void assignNumber() {
        if (householdNumber == null) householdNumber = "H" + CustomerNumber.forSequence(id).value().substring(1);
    }

    public static boolean isWellFormed(String number) {
        return number != null && number.startsWith("H") && CustomerNumber.isWellFormed("C" + number.substring(1));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getHouseholdNumber() { return householdNumber; }
    public void setHouseholdNumber(String householdNumber) { this.householdNumber = householdNumber; }
    public String getHouseholdKey() { return householdKey; }
    public void setHouseholdKey(String householdKey) { this.householdKey = householdKey; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
