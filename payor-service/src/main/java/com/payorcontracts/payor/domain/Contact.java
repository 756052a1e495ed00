package com.payorcontracts.payor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A person at the payor. */
@Entity
@Table(name = "contact")
public class Contact extends PayorItem {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactRole role;

    public String email;

    public String phone;

    public String notes;

    protected Contact() {
    }

    public Contact(UUID payorId, Instant now) {
        super(payorId, now);
    }
}
