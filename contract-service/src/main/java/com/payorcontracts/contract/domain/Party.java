package com.payorcontracts.contract.domain;

/** Who made a proposal: the provider organization or the payor. */
public enum Party { US, PAYOR }
