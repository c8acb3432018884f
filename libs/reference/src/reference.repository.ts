import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ChainCategoryEntity } from './chain-category.entity';
import { ChainEdgeEntity } from './chain-edge.entity';
import { ChainFile } from './reference-data';

@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findAllCategories(): Promise<ChainCategoryEntity[]> {
    return this.db.getRepository(ChainCategoryEntity).find({ order: { code: 'ASC' } });
  }

  findAllEdges(): Promise<ChainEdgeEntity[]> {
    return this.db.getRepository(ChainEdgeEntity).find();
  }
}

/**
 * Brings the chain tables in line with the chain file, idempotently, in one transaction:
 * categories are upserted (never deleted, listings may point at them), edges are replaced.
 */
export async function syncChainData(db: DataSource, data: ChainFile): Promise<{ categories: number; edges: number }> {
  const codes = new Set(data.categories.map((c) => c.code));
  for (const e of data.edges) {
    if (!codes.has(e.from) || !codes.has(e.to))
      throw new Error(`chain edge ${e.from} → ${e.to} names an unknown category`);
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO chain_category (code, name, group_key, ten_sectors, examples)
       SELECT * FROM UNNEST($1::varchar[], $2::text[], $3::text[], $4::boolean[], $5::text[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, group_key = EXCLUDED.group_key,
         ten_sectors = EXCLUDED.ten_sectors, examples = EXCLUDED.examples`,
      [
        data.categories.map((c) => c.code),
        data.categories.map((c) => c.name),
        data.categories.map((c) => c.group),
        data.categories.map((c) => c.tenSectors ?? false),
        data.categories.map((c) => c.examples ?? null),
      ],
    );
    await tx.query(`DELETE FROM chain_edge`);
    await tx.query(
      `INSERT INTO chain_edge (from_code, to_code, why)
       SELECT * FROM UNNEST($1::varchar[], $2::varchar[], $3::text[]) ON CONFLICT DO NOTHING`,
      [data.edges.map((e) => e.from), data.edges.map((e) => e.to), data.edges.map((e) => e.why ?? null)],
    );
  });
  return { categories: data.categories.length, edges: data.edges.length };
}
