export * from './chain.module';
export * from './chain-layers';
export * from './chain-panorama.objects';
export type { CategorySupplierRow } from './chain-panorama.repository';
export * from './chain-panorama.service';
