-- The pinyin initials of each category's Chinese name (环境卫生 → hjws), for the entry screen's
-- type-ahead. Categories added later get theirs computed when they are added (PinyinInitials);
-- one renamed or added by an administrator before this migration gets them computed when read.
alter table category add column initials varchar(60);
update category set initials = 'zczx' where code = 'CONSULT' and name_zh = '政策咨询';
update category set initials = 'gs' where code = 'WATER' and name_zh = '供水';
update category set initials = 'tcyjt' where code = 'TRAFFIC' and name_zh = '停车与交通';
update category set initials = 'hjws' where code = 'SANITATION' and name_zh = '环境卫生';
update category set initials = 'lljf' where code = 'DISPUTE' and name_zh = '邻里纠纷';
update category set initials = 'ylfw' where code = 'ELDERLY' and name_zh = '养老服务';
update category set initials = 'yljk' where code = 'HEALTH' and name_zh = '医疗健康';
update category set initials = 'ggss' where code = 'FACILITIES' and name_zh = '公共设施';
update category set initials = 'lh' where code = 'GREENING' and name_zh = '绿化';
update category set initials = 'ts' where code = 'WATER_OUTAGE' and name_zh = '停水';
update category set initials = 'bgqx' where code = 'WATER_BURST' and name_zh = '爆管抢修';
update category set initials = 'sybz' where code = 'WATER_PRESSURE' and name_zh = '水压不足';
update category set initials = 'ltlf' where code = 'PARKING' and name_zh = '乱停乱放';
update category set initials = 'gxdcdf' where code = 'SHARED_BIKES' and name_zh = '共享单车堆放';
update category set initials = 'ljqy' where code = 'GARBAGE' and name_zh = '垃圾清运';
update category set initials = 'lddw' where code = 'CORRIDOR' and name_zh = '楼道堆物';
update category set initials = 'zyrm' where code = 'NOISE' and name_zh = '噪音扰民';
update category set initials = 'jjyl' where code = 'HOME_CARE' and name_zh = '居家养老';
update category set initials = 'ldsh' where code = 'STREET_LIGHT' and name_zh = '路灯损坏';
