package dev.tally.question;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompetencyRepository extends GenericRepository<Competency, String> {

    List<Competency> findAllOrderByPosition();
}
