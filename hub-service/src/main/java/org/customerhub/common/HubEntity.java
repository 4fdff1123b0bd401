package org.customerhub.common;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** The id every hub table shares: from one sequence, handed out in blocks of 50 to keep inserts cheap. */
@MappedSuperclass
public abstract class HubEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_id")
    @SequenceGenerator(name = "hub_id", sequenceName = "hub_id_seq", allocationSize = 50)
    private Long id;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
