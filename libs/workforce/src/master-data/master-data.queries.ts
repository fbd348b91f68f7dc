import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, type FindOptionsWhere, type ObjectLiteral, type Repository } from 'typeorm';
import { AgencyEntity } from '../persistence/agency.entity';
import { EmployeeEntity } from '../persistence/employee.entity';
import { PositionEntity } from '../persistence/position.entity';
import { RegionEntity } from '../persistence/region.entity';
import { UnitEntity } from '../persistence/unit.entity';

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Where a position sits, with the names a person reads: unit, agency, region. */
export interface Place {
  positionId: string;
  positionTitle: string;
  positionType: string;
  unitId: string;
  unitName: string;
  agencyId: string;
  agencyName: string;
  regionCode: string | null;
  regionName: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

/** Read access to the master data, keyset-paginated by primary key. */
@Injectable()
export class MasterDataQueries {
  constructor(
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
    @InjectRepository(PositionEntity) private readonly positions: Repository<PositionEntity>,
    @InjectRepository(EmployeeEntity) private readonly employees: Repository<EmployeeEntity>,
  ) {}

  listRegions(page: PageRequest, filter: { parentCode?: string } = {}): Promise<Page<RegionEntity>> {
    return paginate(this.regions, 'code', page, filter.parentCode ? { parentCode: filter.parentCode } : {});
  }

  listAgencies(page: PageRequest, filter: { regionCode?: string } = {}): Promise<Page<AgencyEntity>> {
    return paginate(this.agencies, 'id', page, filter.regionCode ? { regionCode: filter.regionCode } : {});
  }

  listUnits(page: PageRequest, filter: { agencyId?: string } = {}): Promise<Page<UnitEntity>> {
    return paginate(this.units, 'id', page, filter.agencyId ? { agencyId: filter.agencyId } : {});
  }

  listPositions(page: PageRequest, filter: { agencyId?: string; unitId?: string } = {}): Promise<Page<PositionEntity>> {
    const where: FindOptionsWhere<PositionEntity> = {};
    if (filter.agencyId) where.agencyId = filter.agencyId;
    if (filter.unitId) where.unitId = filter.unitId;
    return paginate(this.positions, 'id', page, where);
  }

  async places(positionIds: string[]): Promise<Place[]> {
    if (positionIds.length === 0) return [];
    const positions = await this.positions.findBy({ id: In(positionIds) });
    const units = await this.units.findBy({ id: In([...new Set(positions.map((p) => p.unitId))]) });
    const agencies = await this.agencies.findBy({ id: In([...new Set(positions.map((p) => p.agencyId))]) });
    const regionCodes = [...new Set(agencies.map((a) => a.regionCode).filter((c): c is string => c !== null))];
    const regions = regionCodes.length > 0 ? await this.regions.findBy({ code: In(regionCodes) }) : [];
    const unit = new Map(units.map((u) => [u.id, u]));
    const agency = new Map(agencies.map((a) => [a.id, a]));
    const region = new Map(regions.map((r) => [r.code, r]));
    return positions.map((p) => {
      const a = agency.get(p.agencyId);
      const code = a?.regionCode ?? null;
      return {
        positionId: p.id,
        positionTitle: p.title,
        positionType: p.type,
        unitId: p.unitId,
        unitName: unit.get(p.unitId)?.name ?? p.unitId,
        agencyId: p.agencyId,
        agencyName: a?.name ?? p.agencyId,
        regionCode: code,
        regionName: code ? (region.get(code)?.name ?? null) : null,
      };
    });
  }

  employee(nip: string): Promise<EmployeeEntity | null> {
    return this.employees.findOneBy({ nip });
  }

  employeesOfAgencies(agencyIds: string[] | null, page: PageRequest): Promise<Page<EmployeeEntity>> {
    return paginate(this.employees, 'nip', page, agencyIds === null ? {} : { agencyId: In(agencyIds) });
  }

  /** Employees whose NIP starts with, or whose name contains, the text; or those of one unit (and its sub-units). */
  searchEmployees(
    agencyIds: string[] | null,
    filter: { q?: string; unitId?: string },
    limit: number,
  ): Promise<EmployeeEntity[]> {
    const query = this.employees
      .createQueryBuilder('e')
      .orderBy('e.name', 'ASC')
      .addOrderBy('e.nip', 'ASC')
      .take(limit);
    if (agencyIds !== null)
      query.andWhere('e.agencyId IN (:...agencyIds)', { agencyIds: agencyIds.length ? agencyIds : [''] });
    const text = filter.q?.trim() ?? '';
    if (/^[\d\s]+$/.test(text)) {
      query.andWhere('e.nip LIKE :prefix', { prefix: `${text.replace(/\s/g, '')}%` });
    } else if (text !== '') {
      const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
      query.andWhere('e.name ILIKE :contains', { contains: `%${escaped}%` });
    }
    if (filter.unitId) {
      query.andWhere(
        'e.positionId IN (SELECT p.id FROM positions p JOIN units u ON u.id = p.unit_id WHERE u.id = :unitId OR u.top_unit_id = :unitId)',
        { unitId: filter.unitId },
      );
    }
    return query.getMany();
  }
}

async function paginate<T extends ObjectLiteral, K extends keyof T & string>(
  repository: Repository<T>,
  key: K,
  page: PageRequest,
  where: FindOptionsWhere<T>,
): Promise<Page<T>> {
  const after = page.cursor ? Buffer.from(page.cursor, 'base64url').toString('utf8') : null;
  const items = await repository.find({
    where: after === null ? where : ({ ...where, [key]: MoreThan(after) } as FindOptionsWhere<T>),
    order: { [key]: 'ASC' } as never,
    take: page.limit + 1,
  });
  const more = items.length > page.limit;
  const shown = more ? items.slice(0, page.limit) : items;
  const last = shown[shown.length - 1];
  return {
    items: shown,
    nextCursor: more && last ? Buffer.from(String(last[key]), 'utf8').toString('base64url') : null,
  };
}
