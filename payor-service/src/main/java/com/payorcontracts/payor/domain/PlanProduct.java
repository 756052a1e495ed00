package com.payorcontracts.payor.domain;

import com.payorcontracts.platform.domain.LineOfBusiness;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A plan product a payor sells (a PPO, a Medicare Advantage plan...) and the states it is sold in. */
@Entity
@Table(name = "plan_product")
public class PlanProduct extends PayorItem {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_of_business", nullable = false)
    public LineOfBusiness lineOfBusiness;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] states = new String[0];

    public String notes;

    protected PlanProduct() {
    }

    public PlanProduct(UUID payorId, Instant now) {
        super(payorId, now);
    }
}
