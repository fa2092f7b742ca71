/** "Me": what a person has to do across their workspaces (assigned, due soon, overdue, awaiting their approval). */
package io.worklane.domain.me;
