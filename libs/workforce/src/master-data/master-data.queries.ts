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

  employee(nip: string): Promise<EmployeeEntity | null> {
    return this.employees.findOneBy({ nip });
  }

  employeesOfAgencies(agencyIds: string[] | null, page: PageRequest): Promise<Page<EmployeeEntity>> {
    return paginate(this.employees, 'nip', page, agencyIds === null ? {} : { agencyId: In(agencyIds) });
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
