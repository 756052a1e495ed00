package com.payorcontracts.payor.service;

import com.payorcontracts.events.PayorChanged;
import com.payorcontracts.payor.domain.Contact;
import com.payorcontracts.payor.domain.Interaction;
import com.payorcontracts.payor.repository.PayorItems;
import com.payorcontracts.payor.repository.RelationshipRepository;
import com.payorcontracts.platform.rest.ApiException;
import com.payorcontracts.platform.rest.PageRequest;
import com.payorcontracts.platform.rest.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The people at each payor and the conversations with them. */
@ApplicationScoped
public class RelationshipService {

    /** An open follow-up with what a to-do list shows next to it. */
    public record FollowUp(Interaction interaction, String payorName, String contactName, boolean overdue) {
    }

    private final ItemKind<Contact> contacts;
    private final ItemKind<Interaction> interactions;
    private final PayorItems items;
    private final RelationshipRepository relationships;
    private final Clock clock;

    RelationshipService(PayorItems items, RelationshipRepository relationships, Clock clock) {
        this.items = items;
        this.relationships = relationships;
        this.clock = clock;
        this.contacts = new ItemKind<>(Contact.class, "contact", "lower(i.name)", null, contact -> { });
        this.interactions = new ItemKind<>(Interaction.class, "interaction", "i.occurredOn desc",
                PayorChanged.ChangeKind.INTERACTION_CHANGED, this::contactOfThePayor);
    }

    public ItemKind<Contact> contacts() {
        return contacts;
    }

    public ItemKind<Interaction> interactions() {
        return interactions;
    }

    /** Open follow-ups of every payor due by today + {@code days}, overdue ones first (they are the oldest). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<FollowUp> followUpsDue(int days, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        List<FollowUp> due = relationships.followUpsDue(until, page).stream()
                .map(row -> {
                    Interaction interaction = (Interaction) row[0];
                    return new FollowUp(interaction, (String) row[1], (String) row[2], interaction.nextFollowUpOn.isBefore(today));
                }).toList();
        return PageResponse.of(due, page, relationships.countFollowUpsDue(until), f -> f);
    }

    private void contactOfThePayor(Interaction interaction) {
        if (interaction.contactId != null && items.find(Contact.class, interaction.payorId, interaction.contactId, false).isEmpty()) {
            throw ApiException.invalidField("contactId", "is not a contact of this payor");
        }
    }
}
