export * from './chain.module';
export * from './chain-layers';
export * from './chain-panorama.objects';
export * from './chain-panorama.service';
