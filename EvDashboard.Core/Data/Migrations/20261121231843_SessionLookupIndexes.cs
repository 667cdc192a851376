using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class SessionLookupIndexes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_ChargePointId_ConnectorId_TransactionId",
                table: "ChargingSessions",
                columns: new[] { "ChargePointId", "ConnectorId", "TransactionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChargingSessions_ReceiptHeldUntil",
                table: "ChargingSessions",
                column: "ReceiptHeldUntil",
                filter: "ReceiptHeldUntil IS NOT NULL");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChargingSessions_ChargePointId_ConnectorId_TransactionId",
                table: "ChargingSessions");

            migrationBuilder.DropIndex(
                name: "IX_ChargingSessions_ReceiptHeldUntil",
                table: "ChargingSessions");
        }
    }
}
