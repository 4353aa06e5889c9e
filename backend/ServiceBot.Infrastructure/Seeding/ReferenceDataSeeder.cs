using Microsoft.EntityFrameworkCore;
using ServiceBot.Domain.Bureaus;
using ServiceBot.Domain.Calendar;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Infrastructure.Time;

namespace ServiceBot.Infrastructure.Seeding;

/// <summary>
/// What every deployment needs, demo or not: the bureau catalog, the county leaders and the shipped holiday
/// notices. Only missing entries are added, so an admin's edits are never overwritten.
/// </summary>
internal sealed class ReferenceDataSeeder(ServiceBotDbContext db, TimeProvider time)
{
    /// <summary>Cases of responsible units escalate to the deputy in charge of industry unless an admin says otherwise.</summary>
    private const string DefaultLeaderInCharge = "industry-deputy";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var catalog = BureauCatalogFile.Load();
        var existingLeaders = await db.CountyLeaders.Select(l => l.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var leader in catalog.Leaders.Where(l => !existingLeaders.Contains(l.Code)))
        {
            db.CountyLeaders.Add(new CountyLeader(leader.Code, leader.Title));
        }

        var existingBureaus = await db.Bureaus.Select(b => b.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var units = catalog.Bureaus.Select(u => (Unit: u, Kind: BureauKind.ResponsibleUnit)).Prepend((Unit: catalog.Coordinator, Kind: BureauKind.CoordinatorOffice));
        foreach ((var unit, var kind) in units.Where(u => !existingBureaus.Contains(u.Unit.Code)))
        {
            var bureau = Bureau.Create(unit.Code, unit.Name, unit.Duties, kind).Value;
            if (kind == BureauKind.ResponsibleUnit && catalog.Leaders.Any(l => l.Code == DefaultLeaderInCharge))
            {
                bureau.Update(bureau.Name, bureau.Duties, DefaultLeaderInCharge, isActive: true);
            }

            db.Bureaus.Add(bureau);
        }

        var knownYears = await db.HolidayNotices.Select(h => h.Year).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var year in HolidayNoticeFormat.Parse(SeedData.ReadText(SeedData.Holidays)).Value.Where(y => !knownYears.Contains(y.Year)))
        {
            db.HolidayNotices.Add(new HolidayNoticeRecord
            {
                Year = year.Year,
                Notice = year.Notice,
                DaysOff = [.. year.DaysOff.Order()],
                MakeUpWorkdays = [.. year.MakeUpWorkdays.Order()],
                ImportedAt = time.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
