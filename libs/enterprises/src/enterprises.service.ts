import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { FieldErrors, isUuid } from '@duijie/common';
import { ReferenceService } from '@duijie/reference';

import { ClaimsRepository } from './claims.repository';
import { EnterpriseEntity, VerificationStatus } from './enterprise.entity';
import { RegisterEnterpriseInput, UpdateEnterpriseInput } from './enterprises.dto';
import { EnterpriseErrorCode, EnterpriseException } from './enterprises.exception';
import { EnterprisesRepository, NewEnterprise } from './enterprises.repository';
import { proposeParticipantType } from './participant-type';
import { checkUscc } from './uscc';

@Injectable()
export class EnterprisesService {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly reference: ReferenceService,
    private readonly claims: ClaimsRepository,
  ) {}

  async register(viewer: Viewer, input: RegisterEnterpriseInput): Promise<EnterpriseEntity> {
    const errors = new FieldErrors();
    const name = this.checkName(errors, input.name);
    const uscc = checkUscc(input.creditCode);
    if (!uscc.ok) errors.add('creditCode', uscc.message);
    const regionCode = this.checkRegion(errors, 'regionCode', input.regionCode);
    const categoryCodes = this.checkCategories(errors, input.categoryCodes ?? []);
    if (!errors.has('name')) await this.checkNameFree(errors, name, null);
    errors.throwIfAny();
    if (viewer.enterpriseId) {
      throw new EnterpriseException(
        EnterpriseErrorCode.ALREADY_IN_ENTERPRISE,
        '您的账号已属于一家企业，不能再登记新企业',
      );
    }
    const result = await this.enterprises.insertWithOwner(
      {
        name,
        creditCode: uscc.code,
        regionCode,
        sector: input.sector,
        participantType: input.participantType ?? proposeParticipantType(uscc.code, name).type,
        scale: input.scale ?? null,
        categoryCodes,
        description: blankToNull(input.description),
        contactName: blankToNull(input.contactName),
        contactPhone: blankToNull(input.contactPhone),
      },
      viewer.userId,
    );
    if (!result.ok && result.reason === 'CREDIT_CODE_TAKEN') {
      // A firm an organiser imported and nobody claimed: registering its code asks to claim it (认领企业).
      const found = await this.claims.findByCreditCode(uscc.code);
      const unclaimed = found && !found.claimed ? found : null;
      if (unclaimed) {
        await this.claims.claim(unclaimed.id, viewer.userId, {
          name,
          contactName: blankToNull(input.contactName),
          contactPhone: blankToNull(input.contactPhone),
        });
        return unclaimed;
      }
      throw new EnterpriseException(EnterpriseErrorCode.CREDIT_CODE_TAKEN, `统一社会信用代码 ${uscc.code} 已被登记`, {
        fields: ['creditCode'],
      });
    }
    if (!result.ok) {
      throw new EnterpriseException(
        EnterpriseErrorCode.ALREADY_IN_ENTERPRISE,
        '您的账号已属于一家企业，不能再登记新企业',
      );
    }
    return result.enterprise;
  }

  async update(viewer: Viewer, id: string, input: UpdateEnterpriseInput): Promise<EnterpriseEntity> {
    const existing = isUuid(id) ? await this.enterprises.findById(id) : null;
    if (!existing) throw new EnterpriseException(EnterpriseErrorCode.NOT_FOUND, '企业不存在');
    this.assertMember(viewer, id);
    const errors = new FieldErrors();
    const patch: Partial<NewEnterprise> = {};
    if (input.name != null) patch.name = this.checkName(errors, input.name);
    if (input.regionCode != null) patch.regionCode = this.checkRegion(errors, 'regionCode', input.regionCode);
    if (input.sector != null) patch.sector = input.sector;
    if (input.scale !== undefined) patch.scale = input.scale ?? null;
    if (input.categoryCodes !== undefined)
      patch.categoryCodes = this.checkCategories(errors, input.categoryCodes ?? []);
    if (input.description !== undefined) patch.description = blankToNull(input.description);
    if (input.contactName !== undefined) patch.contactName = blankToNull(input.contactName);
    if (input.contactPhone !== undefined) patch.contactPhone = blankToNull(input.contactPhone);
    const renamed = patch.name !== undefined && patch.name !== existing.name;
    if (renamed && !errors.has('name')) await this.checkNameFree(errors, patch.name!, id);
    errors.throwIfAny();
    // A verified firm that renames itself is verified again: 核验 confirmed the old name (an admin's correction stands).
    const reverify = renamed && existing.verificationStatus === VerificationStatus.VERIFIED && !Access.isAdmin(viewer);
    return (await this.enterprises.update(id, patch, reverify))!;
  }

  async get(id: string): Promise<EnterpriseEntity | null> {
    return isUuid(id) ? this.enterprises.findById(id) : null;
  }

  /** Only the enterprise's own members (and admins) may act for it. */
  assertMember(viewer: Viewer, enterpriseId: string): void {
    if (!Access.mayActForEnterprise(viewer, enterpriseId)) {
      throw new EnterpriseException(EnterpriseErrorCode.NOT_A_MEMBER, '只有该企业的成员可以执行此操作');
    }
  }

  /** A known GB/T 2260 division; returns the normalised code. */
  checkRegion(errors: FieldErrors, field: string, raw: string): string {
    const code = raw.trim();
    if (!/^\d{6}$/.test(code)) errors.add(field, `${field}（地区代码）应为 6 位数字的 GB/T 2260 行政区划代码`);
    else if (!this.reference.region(code)) errors.add(field, `${field}（地区代码）“${code}”不是已知的行政区划`);
    return code;
  }

  private checkName(errors: FieldErrors, raw: string): string {
    const name = raw.trim();
    if ([...name].length < 2 || [...name].length > 100) errors.add('name', 'name（企业名称）长度须为 2 到 100 个字符');
    return name;
  }

  /** A name a verified firm bears is not another firm's to take (it would pass for that firm). */
  private async checkNameFree(errors: FieldErrors, name: string, exceptId: string | null): Promise<void> {
    if (await this.enterprises.nameVerifiedElsewhere(name, exceptId))
      errors.add('name', `name（企业名称）“${name}”已是另一家已核验企业的名称`);
  }

  private checkCategories(errors: FieldErrors, codes: string[]): string[] {
    const unique = [...new Set(codes.map((c) => c.trim()))];
    const unknown = unique.filter((c) => !this.reference.category(c));
    if (unknown.length > 0)
      errors.add('categoryCodes', `categoryCodes（产业链环节）中有未知代码：${unknown.join('、')}`);
    return unique;
  }
}

export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
