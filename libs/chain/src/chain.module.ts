import { Module } from '@nestjs/common';

import { ListingsModule } from '@duijie/listings';

import { ChainPanoramaRepository } from './chain-panorama.repository';
import { ChainNodeMembersResolver, ChainPanoramaResolver } from './chain-panorama.resolver';
import { ChainPanoramaService } from './chain-panorama.service';

/** 产业链全景图: the chain drawn over a region's firms, listings, matches and deals. */
@Module({
  imports: [ListingsModule],
  providers: [ChainPanoramaRepository, ChainPanoramaService, ChainPanoramaResolver, ChainNodeMembersResolver],
  exports: [ChainPanoramaService],
})
export class ChainModule {}
