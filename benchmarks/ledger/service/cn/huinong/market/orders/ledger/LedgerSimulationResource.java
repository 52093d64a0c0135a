package cn.huinong.market.orders.ledger;

import cn.huinong.market.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ledger benchmark's way in: posts simulated shop orders through the real {@link Settlement}, each call in its
 * own transaction as order-service's own code does, and only for admins. This class is no part of order-service: it
 * lives with the benchmark and is compiled into the benchmark's own build of the service (Maven profile
 * {@code ledger-bench} of order-service, output in {@code order-service/target/ledger-bench}), never into the
 * production jar.
 */
@Path("/api/orders/ledger/simulation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement")
public class LedgerSimulationResource {

    public enum StepType {
        REFUND, COMPLETE
    }

    public record Step(@NotNull StepType type, UUID refundId, long goodsFen, long shippingFen,
            @NotNull OffsetDateTime at) {
    }

    public record SimulatedOrder(@NotNull ShopOrderFacts facts, @NotNull OffsetDateTime paidAt,
            @NotNull @Size(max = 20) List<@NotNull @Valid Step> steps) {
    }

    public record Batch(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid SimulatedOrder> orders) {
    }

    public record Outcome(int orders, int refundsPosted, int refundsRefused, int completions, long refundFen,
            long commissionRefundFen) {
    }

    @Inject Settlement settlement;

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Benchmark build only: post simulated orders through the settlement ledger")
    public Outcome simulate(@NotNull @Valid Batch batch) {
        int posted = 0, refused = 0, completions = 0;
        long refundFen = 0, commissionRefundFen = 0;
        for (SimulatedOrder order : batch.orders()) {
            QuarkusTransaction.requiringNew().run(() -> settlement.paid(order.facts(), order.paidAt()));
            for (Step step : order.steps()) {
                if (step.type() == StepType.COMPLETE) {
                    QuarkusTransaction.requiringNew().run(() -> settlement.completed(order.facts(), step.at()));
                    completions++;
                    continue;
                }
                try {
                    RefundPosting refund = QuarkusTransaction.requiringNew().call(() -> settlement.refunded(
                            order.facts(), step.refundId(), step.goodsFen(), step.shippingFen(), step.at()));
                    posted++;
                    refundFen += refund.refundFen();
                    commissionRefundFen += refund.commissionRefundFen();
                } catch (ProblemException e) {
                    refused++;
                }
            }
        }
        return new Outcome(batch.orders().size(), posted, refused, completions, refundFen, commissionRefundFen);
    }
}
