using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvDashboard.Core.Data.Migrations
{
    public partial class ChargePointSecurity : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Approval",
                table: "ChargePoints",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Approved");

            migrationBuilder.AddColumn<int>(
                name: "SecurityProfile",
                table: "ChargePoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Before this migration a stored key meant HTTP Basic was required: that is security profile 1.
            migrationBuilder.Sql("UPDATE ChargePoints SET SecurityProfile = 1 WHERE KeyHash IS NOT NULL");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Approval",
                table: "ChargePoints");

            migrationBuilder.DropColumn(
                name: "SecurityProfile",
                table: "ChargePoints");
        }
    }
}
