using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EvDashboard.Core.Data.Configurations;

internal sealed class DataTransferMessageConfiguration : IEntityTypeConfiguration<DataTransferMessage>
{
    public void Configure(EntityTypeBuilder<DataTransferMessage> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ChargePointId).HasMaxLength(ChargePoint.MaxIdLength);
        builder.Property(d => d.VendorId).HasMaxLength(255);
        builder.Property(d => d.MessageId).HasMaxLength(50);
        builder.Property(d => d.AnswerStatus).HasMaxLength(20);
        builder.HasIndex(d => new { d.ChargePointId, d.ReceivedAt });
    }
}
