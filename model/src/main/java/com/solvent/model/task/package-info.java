/**
 * Progress reporting and cooperative cancellation for long computations run as background tasks.
 */
package com.solvent.model.task;
