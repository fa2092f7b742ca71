package io.worklane.api.application.portfolio;

import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.project.Project;
import java.util.List;

/** A portfolio with its ranked projects resolved (key, name), in its order. */
public record ShownPortfolio(Portfolio portfolio, List<Project> projects) {
}
