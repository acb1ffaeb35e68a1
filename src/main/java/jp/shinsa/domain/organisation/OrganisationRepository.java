package jp.shinsa.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Organisations as the domain sees them; implemented with JPA in the infrastructure layer. */
public interface OrganisationRepository {

  Optional<Organisation> find(long id);

  Optional<Organisation> findByCode(String code);

  List<Organisation> findByKind(OrganisationKind kind);

  List<Organisation> findAll();

  Organisation save(Organisation organisation);
}
