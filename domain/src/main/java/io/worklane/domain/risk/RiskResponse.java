package io.worklane.domain.risk;

/** The chosen answer to a risk (PMBOK's strategies for threats). */
public enum RiskResponse { AVOID, MITIGATE, TRANSFER, ACCEPT }
