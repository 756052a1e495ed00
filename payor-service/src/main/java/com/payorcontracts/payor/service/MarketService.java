package com.payorcontracts.payor.service;

import com.payorcontracts.payor.domain.MarketPresence;
import com.payorcontracts.payor.domain.PlanProduct;
import com.payorcontracts.payor.domain.ProviderRequirement;
import com.payorcontracts.payor.domain.RequirementKind;
import com.payorcontracts.payor.repository.PayorItems;
import com.payorcontracts.platform.rest.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** The rules of what a payor sells, where, and what it asks of providers. */
@ApplicationScoped
public class MarketService {

    private final ItemKind<MarketPresence> presence;
    private final ItemKind<PlanProduct> products;
    private final ItemKind<ProviderRequirement> requirements;

    private final PayorItems items;

    MarketService(PayorItems items) {
        this.items = items;
        this.presence = new ItemKind<>(MarketPresence.class, "presence figure", "i.state, lower(coalesce(i.county, ''))", null,
                this::onePresencePerPlace);
        this.products = new ItemKind<>(PlanProduct.class, "plan product", "lower(i.name)", null, this::uniqueProductName);
        this.requirements = new ItemKind<>(ProviderRequirement.class, "provider requirement", "i.kind, i.effectiveDate", null,
                MarketService::panelStatusOnlyForPanels);
    }

    public ItemKind<MarketPresence> presence() {
        return presence;
    }

    public ItemKind<PlanProduct> products() {
        return products;
    }

    public ItemKind<ProviderRequirement> requirements() {
        return requirements;
    }

    // Two figures for one place would make "lives in TX" ambiguous; the client updates the one there is.
    private void onePresencePerPlace(MarketPresence figure) {
        items.others(figure, "i.state = :state and lower(coalesce(i.county, '')) = :county",
                        Map.of("state", figure.state, "county", figure.county == null ? "" : figure.county.toLowerCase()))
                .stream().findFirst().ifPresent(existing -> {
                    throw ApiException.conflict("this payor already has a presence figure for " + figure.state
                            + (figure.county == null ? "" : " / " + figure.county) + ": " + existing.id + "; update that one");
                });
    }

    private void uniqueProductName(PlanProduct product) {
        items.others(product, "lower(i.name) = :name", Map.of("name", product.name.toLowerCase()))
                .stream().findFirst().ifPresent(existing -> {
                    throw ApiException.conflict("this payor already has a plan product named '" + product.name + "': " + existing.id);
                });
    }

    private static void panelStatusOnlyForPanels(ProviderRequirement requirement) {
        boolean panel = requirement.kind == RequirementKind.PANEL;
        if (panel && requirement.panelOpen == null) {
            throw ApiException.invalidField("panelOpen", "is required for a PANEL requirement: is the panel open?");
        }
        if (!panel && requirement.panelOpen != null) {
            throw ApiException.invalidField("panelOpen", "only applies to a PANEL requirement");
        }
    }
}
